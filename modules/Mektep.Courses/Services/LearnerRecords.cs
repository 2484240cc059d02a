using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>
/// Enrollments with resolved due dates and activity for other modules (reminders, calendars, digests). Activity
/// and lessons done are aggregated in SQL per course, so a sweep over every learner reads one row per enrollment.
/// </summary>
public sealed class LearnerRecords(DbContext db, IContentManager content) : ILearnerRecords
{
    public async Task<IReadOnlyList<LearnerEnrollment>> ListAsync(IReadOnlyCollection<string>? userIds, bool activeOnly, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Enrollment>().AsNoTracking().Where(e => e.Status != EnrollmentStatus.Unenrolled);
        if (activeOnly)
        {
            query = query.Where(e => e.Status == EnrollmentStatus.Active);
        }

        var users = userIds?.Distinct(StringComparer.Ordinal).ToList();
        if (users is not null)
        {
            if (users.Count == 0)
            {
                return [];
            }

            query = query.Where(e => users.Contains(e.UserId));
        }

        var enrollments = await query.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var result = new List<LearnerEnrollment>(enrollments.Count);
        foreach (var group in enrollments.GroupBy(e => e.CourseSet, StringComparer.Ordinal))
        {
            var course = await CourseAsync(group.Key, cancellationToken);
            if (course is null)
            {
                continue;
            }

            var activity = await ActivityAsync(group.Key, course, users, cancellationToken);
            result.AddRange(group.Select(e => Describe(e, course, activity.GetValueOrDefault(e.UserId))));
        }

        return result;
    }

    public async Task<LearnerEnrollment?> GetAsync(string userId, string courseSet, CancellationToken cancellationToken = default)
    {
        var enrollment = await db.Set<Enrollment>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.UserId == userId && e.CourseSet == courseSet && e.Status != EnrollmentStatus.Unenrolled, cancellationToken);
        var course = enrollment is null ? null : await CourseAsync(courseSet, cancellationToken);
        if (enrollment is null || course is null)
        {
            return null;
        }

        var activity = await ActivityAsync(courseSet, course, [userId], cancellationToken);
        return Describe(enrollment, course, activity.GetValueOrDefault(userId));
    }

    public async Task<IReadOnlyDictionary<string, LearningItemLink>> DescribeAsync(IReadOnlyCollection<string> courseSets, string culture, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, LearningItemLink>(StringComparer.Ordinal);
        foreach (var set in courseSets.Distinct(StringComparer.Ordinal))
        {
            var translations = (await content.GetTranslationsAsync(set, VersionOptions.Published, cancellationToken))
                .Where(t => t.ContentType == CourseTypes.Course && t.Published).ToList();
            var course = translations.FirstOrDefault(t => t.Culture == culture) ?? translations.FirstOrDefault();
            if (course is not null)
            {
                result[set] = new LearningItemLink(set, course.DisplayText, $"/courses/{course.ContentItemId}");
            }
        }

        return result;
    }

    private async Task<CoursePart?> CourseAsync(string courseSet, CancellationToken cancellationToken)
    {
        var translations = await content.GetTranslationsAsync(courseSet, VersionOptions.Published, cancellationToken);
        return translations.FirstOrDefault(t => t.ContentType == CourseTypes.Course && t.Published)?.As<CoursePart>();
    }

    private async Task<Dictionary<string, Activity>> ActivityAsync(string courseSet, CoursePart course, List<string>? users, CancellationToken cancellationToken)
    {
        var required = course.AllItems.Where(i => i.ContentType == CourseTypes.Lesson && i.Required).Select(i => i.ItemSet).Distinct().ToList();
        var rows = db.Set<LessonProgress>().AsNoTracking().Where(p => p.CourseSet == courseSet);
        if (users is not null)
        {
            rows = rows.Where(p => users.Contains(p.UserId));
        }

        var aggregates = await rows
            .GroupBy(p => p.UserId)
            .Select(g => new
            {
                UserId = g.Key,
                LastViewed = g.Max(p => p.LastViewedUtc),
                LastDone = g.Max(p => p.DoneUtc),
                Done = g.Sum(p => p.DoneUtc != null && required.Contains(p.LessonSet) ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return aggregates.ToDictionary(
            a => a.UserId,
            a => new Activity(
                a.LastDone is { } done && done > a.LastViewed ? done : a.LastViewed,
                required.Count == 0 ? 0 : (int)Math.Floor(100.0 * Math.Min(a.Done, required.Count) / required.Count)),
            StringComparer.Ordinal);
    }

    private static LearnerEnrollment Describe(Enrollment enrollment, CoursePart course, Activity? activity) => new(
        enrollment.UserId,
        enrollment.CourseSet,
        enrollment.Status == EnrollmentStatus.Completed,
        enrollment.EnrolledUtc,
        enrollment.CompletedUtc,
        enrollment.DueUtcOverride ?? course.DueUtc,
        activity?.LastUtc,
        enrollment.Status == EnrollmentStatus.Completed ? 100 : activity?.Percent ?? 0,
        [.. course.AllItems.Where(i => i.ContentType != CourseTypes.Lesson).Select(i => (i.ContentType, i.ItemSet)).Distinct()]);

    private sealed record Activity(DateTime LastUtc, int Percent);
}
