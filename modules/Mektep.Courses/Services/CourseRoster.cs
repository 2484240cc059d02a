using Mektep.Content;
using Mektep.Courses.Indexes;
using Mektep.Courses.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>The courses module's answer to <see cref="ICourseRoster"/>.</summary>
/// <remarks>
/// A learner's course grade is the average of their grades on the graded items (quizzes) of the course's outline;
/// an item without a grade counts as 0, and a course without graded items has no grade.
/// </remarks>
public sealed class CourseRoster(DbContext db, IContentManager content, IEnumerable<ICourseGradeProvider> graders) : ICourseRoster
{
    public async Task<IReadOnlyList<CourseSummary>> ListCoursesAsync(string culture, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<CourseIndex>().AsNoTracking().Where(c => c.Latest)
            .Select(c => new { c.LocalizationSet, c.ContentItemId, c.Culture, c.Title })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.LocalizationSet)
            .Select(g => g.OrderBy(c => c.Culture == culture ? 0 : 1).ThenBy(c => c.Culture, StringComparer.Ordinal).First())
            .OrderBy(c => c.Title, StringComparer.CurrentCulture)
            .Select(c => new CourseSummary(c.LocalizationSet, c.ContentItemId, c.Culture, c.Title, 0))];
    }

    public async Task<CourseSummary?> GetCourseAsync(string courseSet, string culture, CancellationToken cancellationToken = default)
    {
        var items = await content.GetTranslationsAsync(courseSet, VersionOptions.Published, cancellationToken);
        if (items.Count == 0)
        {
            items = await content.GetTranslationsAsync(courseSet, VersionOptions.Latest, cancellationToken);
        }

        var course = items.Where(i => i.ContentType == CourseTypes.Course)
            .OrderBy(i => i.Culture == culture ? 0 : 1).ThenBy(i => i.Culture, StringComparer.Ordinal).FirstOrDefault();
        return course is null ? null : new CourseSummary(course.LocalizationSet, course.ContentItemId, course.Culture, course.DisplayText, course.As<CoursePart>().EstimatedHours);
    }

    public async Task<IReadOnlyDictionary<string, LearnerCourseState>> GetStatesAsync(string courseSet, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, LearnerCourseState>(StringComparer.Ordinal);
        foreach (var chunk in userIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.Set<Enrollment>().AsNoTracking()
                .Where(e => e.CourseSet == courseSet && chunk.Contains(e.UserId))
                .Select(e => new { e.UserId, e.Status, e.CompletedUtc })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                result[row.UserId] = new LearnerCourseState(row.Status == EnrollmentStatus.Completed, row.CompletedUtc, null);
            }
        }

        var grades = await GradesAsync(courseSet, [.. result.Keys], cancellationToken);
        foreach (var (userId, grade) in grades)
        {
            result[userId] = result[userId] with { Grade = grade };
        }

        return result;
    }

    public async Task<IReadOnlyList<string>> ListCompletedUserIdsAsync(string courseSet, CancellationToken cancellationToken = default)
        => await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.CourseSet == courseSet && e.Status == EnrollmentStatus.Completed)
            .OrderBy(e => e.Id).Select(e => e.UserId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CohortInfo>> ListCohortsAsync(CancellationToken cancellationToken = default)
        => await db.Set<Cohort>().AsNoTracking().OrderBy(c => c.Name).Select(c => new CohortInfo(c.Id, c.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ListCohortMemberIdsAsync(long cohortId, CancellationToken cancellationToken = default)
        => await db.Set<CohortMember>().AsNoTracking().Where(m => m.CohortId == cohortId).OrderBy(m => m.Id).Select(m => m.UserId).ToListAsync(cancellationToken);

    private async Task<Dictionary<string, decimal>> GradesAsync(string courseSet, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var grades = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (userIds.Count == 0)
        {
            return grades;
        }

        var course = (await content.GetTranslationsAsync(courseSet, VersionOptions.Published, cancellationToken)).FirstOrDefault(i => i.ContentType == CourseTypes.Course);
        var graded = course?.As<CoursePart>().AllItems.Where(i => i.ContentType != CourseTypes.Lesson).ToList() ?? [];
        var items = graded.Where(i => graders.Any(g => g.ContentType == i.ContentType)).ToList();
        if (items.Count == 0)
        {
            return grades;
        }

        var sums = userIds.ToDictionary(u => u, _ => 0m, StringComparer.Ordinal);
        foreach (var grader in graders)
        {
            var sets = items.Where(i => i.ContentType == grader.ContentType).Select(i => i.ItemSet).ToList();
            if (sets.Count == 0)
            {
                continue;
            }

            foreach (var (userId, byItem) in await grader.GetGradesAsync(userIds, sets, cancellationToken))
            {
                if (sums.ContainsKey(userId))
                {
                    sums[userId] += sets.Sum(set => byItem.GetValueOrDefault(set));
                }
            }
        }

        foreach (var (userId, sum) in sums)
        {
            grades[userId] = Math.Round(sum / items.Count, 1);
        }

        return grades;
    }
}
