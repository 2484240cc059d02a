using Mektep.Courses.Indexes;
using Mektep.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>Which of a course's prerequisites a learner completed; self-enrollment waits for all of them.</summary>
public sealed class PrerequisiteService(DbContext db)
{
    /// <summary>
    /// Each prerequisite that is published, titled in <paramref name="culture"/> where a translation exists,
    /// and whether <paramref name="userId"/> (null: nobody signed in) completed it.
    /// </summary>
    public async Task<IReadOnlyList<PrerequisiteState>> GetAsync(CoursePart course, string? userId, string culture, CancellationToken cancellationToken = default)
    {
        var sets = course.Prerequisites.Distinct(StringComparer.Ordinal).ToList();
        if (sets.Count == 0)
        {
            return [];
        }

        var courses = await db.Set<CourseIndex>().AsNoTracking()
            .Where(c => c.Published && sets.Contains(c.LocalizationSet))
            .Select(c => new { c.LocalizationSet, c.ContentItemId, c.Culture, c.Title })
            .ToListAsync(cancellationToken);
        var completed = userId is null
            ? []
            : (await db.Set<Enrollment>().AsNoTracking()
                .Where(e => e.UserId == userId && sets.Contains(e.CourseSet) && e.Status == EnrollmentStatus.Completed)
                .Select(e => e.CourseSet).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. sets
            .Select(set => courses.Where(c => c.LocalizationSet == set).OrderBy(c => c.Culture == culture ? 0 : 1).ThenBy(c => c.Culture, StringComparer.Ordinal).FirstOrDefault())
            .Where(c => c is not null)
            .Select(c => new PrerequisiteState(c!.LocalizationSet, c.ContentItemId, c.Title, completed.Contains(c.LocalizationSet)))];
    }

    /// <summary>Courses an editor may pick as prerequisites: the latest version of each course set, in the culture given where possible.</summary>
    public async Task<IReadOnlyList<PrerequisiteState>> ChoicesAsync(string culture, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<CourseIndex>().AsNoTracking().Where(c => c.Latest)
            .Select(c => new { c.LocalizationSet, c.ContentItemId, c.Culture, c.Title })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.LocalizationSet)
            .Select(g => g.OrderBy(c => c.Culture == culture ? 0 : 1).ThenBy(c => c.Culture, StringComparer.Ordinal).First())
            .OrderBy(c => c.Title, StringComparer.CurrentCulture)
            .Select(c => new PrerequisiteState(c.LocalizationSet, c.ContentItemId, c.Title, false))];
    }
}

/// <summary>A prerequisite course and whether the learner completed it.</summary>
public sealed record PrerequisiteState(string CourseSet, string ContentItemId, string Title, bool Completed);
