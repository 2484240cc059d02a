using Mektep.Content;
using Mektep.Courses.Indexes;
using Mektep.Courses.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>The courses module's answer to <see cref="ICourseRoster"/>.</summary>
public sealed class CourseRoster(DbContext db, IContentManager content) : ICourseRoster
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
}
