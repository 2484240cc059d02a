using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>
/// Decides whether a learner completed a course and records it exactly once: the enrollment moves from Active
/// to Completed with a conditional update, and only the request that changed the row tells the handlers.
/// Call it inside the transaction that recorded the learner's last step.
/// </summary>
public sealed class CourseCompletionEvaluator(
    DbContext db,
    TimeProvider clock,
    IEnumerable<ICourseRequirementProvider> requirements,
    IEnumerable<ICourseCompletionHandler> handlers)
{
    public async Task<bool> IsCompleteAsync(string userId, ContentItem course, CancellationToken cancellationToken = default)
    {
        var part = course.As<CoursePart>();
        var required = part.AllItems.Where(i => i.Required).ToList();
        if (required.Count == 0)
        {
            return false;
        }

        var lessonSets = required.Where(i => i.ContentType == CourseTypes.Lesson).Select(i => i.ItemSet).Distinct().ToList();
        var done = await db.Set<LessonProgress>().AsNoTracking()
            .Where(p => p.UserId == userId && lessonSets.Contains(p.LessonSet) && p.DoneUtc != null)
            .Select(p => p.LessonSet).Distinct().CountAsync(cancellationToken);
        if (done < lessonSets.Count)
        {
            return false;
        }

        if (part.CompletionRule == CompletionRule.AllRequiredLessons)
        {
            return true;
        }

        foreach (var item in required.Where(i => i.ContentType != CourseTypes.Lesson))
        {
            var provider = requirements.FirstOrDefault(r => r.ContentType == item.ContentType);
            if (provider is null || !await provider.IsFulfilledAsync(userId, course.LocalizationSet, item.ItemSet, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Completes the enrollment when the rule holds; true only for the call that completed it.</summary>
    public async Task<bool> EvaluateAsync(string userId, ContentItem course, CancellationToken cancellationToken = default)
    {
        if (!await IsCompleteAsync(userId, course, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<Enrollment>()
            .Where(e => e.UserId == userId && e.CourseSet == course.LocalizationSet && e.Status == EnrollmentStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Completed).SetProperty(e => e.CompletedUtc, now), cancellationToken);
        if (changed != 1)
        {
            return false;
        }

        var completion = new CourseCompletion(userId, course.LocalizationSet, course.ContentItemId, now);
        foreach (var handler in handlers)
        {
            await handler.CompletedAsync(completion, cancellationToken);
        }

        return true;
    }
}
