using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>Another module's item (a quiz) was fulfilled: each active course of the learner that lists it re-checks completion.</summary>
public sealed class CourseProgressNotifier(DbContext db, IContentManager content, CourseCompletionEvaluator completion) : ICourseProgress
{
    public async Task RequirementFulfilledAsync(string userId, string itemSet, CancellationToken cancellationToken = default)
    {
        var courseSets = await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.Status == EnrollmentStatus.Active)
            .Select(e => e.CourseSet)
            .ToListAsync(cancellationToken);
        foreach (var courseSet in courseSets)
        {
            var course = (await content.GetTranslationsAsync(courseSet, VersionOptions.Published, cancellationToken))
                .FirstOrDefault(c => c.Published && c.ContentType == CourseTypes.Course);
            if (course is null || !course.As<CoursePart>().AllItems.Any(i => i.ItemSet == itemSet))
            {
                continue;
            }

            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

                // The same lock as a lesson marked done: a quiz passed while the last lesson is marked done completes once.
                await db.Set<Enrollment>()
                    .Where(e => e.UserId == userId && e.CourseSet == courseSet)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.CourseSet, e => e.CourseSet), cancellationToken);
                await completion.EvaluateAsync(userId, course, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
    }
}
