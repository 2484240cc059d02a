using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.People;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>Cohorts and their members. Members of a cohort that names courses are enrolled in them when added.</summary>
public sealed class CohortAdministration(DbContext db, TimeProvider clock, IPeopleDirectory people, EnrollmentAdministration enrollments, IContentManager content)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<CohortSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var cohorts = await db.Set<Cohort>().AsNoTracking().OrderByDescending(c => c.StartUtc).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var counts = await db.Set<CohortMember>().AsNoTracking().GroupBy(m => m.CohortId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCohort = counts.ToDictionary(c => c.Key, c => c.Count);
        return [.. cohorts.Select(c => new CohortSummary(c, byCohort.GetValueOrDefault(c.Id)))];
    }

    public Task<Cohort?> FindAsync(long id, CancellationToken cancellationToken = default)
        => db.Set<Cohort>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>Validates and stores a cohort (new when <paramref name="id"/> is null); errors are keyed by input name with English messages.</summary>
    public async Task<(Cohort? Saved, Dictionary<string, string> Errors)> SaveAsync(long? id, CohortInput input, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var name = (input.Name ?? "").Trim();
        if (name.Length == 0)
        {
            errors["Input.Name"] = "Enter a name.";
        }
        else if (name.Length > Cohort.MaxNameLength)
        {
            errors["Input.Name"] = "The name is too long.";
        }

        if (input.Start is null)
        {
            errors["Input.Start"] = "Enter a start date.";
        }

        if (input.End is null)
        {
            errors["Input.End"] = "Enter an end date.";
        }
        else if (input.Start is { } s && input.End < s)
        {
            errors["Input.End"] = "The end date is before the start date.";
        }

        var courseSets = (input.Courses ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (courseSets.Count > Cohort.MaxCourses || courseSets.Any(c => c.Length > 32 || !c.All(char.IsAsciiLetterOrDigit)))
        {
            errors["Input.Courses"] = "Choose at most 20 courses.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var cohort = id is { } existing ? await db.Set<Cohort>().FirstOrDefaultAsync(c => c.Id == existing, cancellationToken) : null;
        if (id is not null && cohort is null)
        {
            errors["Input.Name"] = "There is no such cohort.";
            return (null, errors);
        }

        if (cohort is null)
        {
            cohort = new Cohort { CreatedUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(cohort);
        }

        cohort.Name = name;
        cohort.StartUtc = DateTime.SpecifyKind(input.Start!.Value.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        cohort.EndUtc = DateTime.SpecifyKind(input.End!.Value.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        cohort.CourseSets = string.Join(' ', courseSets);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(cohort).State = EntityState.Detached;
        return (cohort, errors);
    }

    public async Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await db.Set<CohortMember>().Where(m => m.CohortId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Cohort>().Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> MemberIdsAsync(long cohortId, CancellationToken cancellationToken = default)
        => await db.Set<CohortMember>().AsNoTracking().Where(m => m.CohortId == cohortId).Select(m => m.UserId).ToListAsync(cancellationToken);

    /// <summary>A page of members with their names and places, by name.</summary>
    public async Task<(IReadOnlyList<PersonSummary> Members, int Total)> MembersAsync(long cohortId, int page, CancellationToken cancellationToken = default)
    {
        var ids = await MemberIdsAsync(cohortId, cancellationToken);
        var all = await people.GetPeopleAsync(ids, cancellationToken);
        return ([.. all.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)], all.Count);
    }

    /// <summary>Adds people (those in already are skipped) and enrolls them in the cohort's courses; returns how many were added.</summary>
    public async Task<int> AddMembersAsync(Cohort cohort, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var present = (await db.Set<CohortMember>().AsNoTracking().Where(m => m.CohortId == cohort.Id && ids.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = ids.Where(id => !present.Contains(id)).Select(id => new CohortMember { CohortId = cohort.Id, UserId = id, AddedUtc = now }).ToList();
        if (added.Count > 0)
        {
            db.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var row in added)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }

        foreach (var courseSet in cohort.CourseSetList)
        {
            await EnrollAsync(cohort, courseSet, [.. added.Select(a => a.UserId)], cancellationToken);
        }

        return added.Count;
    }

    public async Task RemoveMemberAsync(long cohortId, string userId, CancellationToken cancellationToken = default)
        => await db.Set<CohortMember>().Where(m => m.CohortId == cohortId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Enrolls members into a course; when the course has no due date of its own, the cohort's end date becomes
    /// the members' due date.
    /// </summary>
    public async Task<EnrollmentOutcome> EnrollAsync(Cohort cohort, string courseSet, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        if (userIds.Count == 0)
        {
            return new EnrollmentOutcome(0, 0, 0);
        }

        var translations = await content.GetTranslationsAsync(courseSet, VersionOptions.Latest, cancellationToken);
        var courseDue = translations.Select(t => t.As<CoursePart>().DueUtc).FirstOrDefault(d => d is not null);
        return await enrollments.EnrollAsync(courseSet, userIds, EnrollmentSources.Cohort, courseDue is null ? cohort.EndUtc : null, cancellationToken);
    }
}

/// <summary>A cohort and how many members it has.</summary>
public sealed record CohortSummary(Cohort Cohort, int Members);

/// <summary>The cohort form.</summary>
public sealed class CohortInput
{
    public string? Name { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string>? Courses { get; set; }
}

/// <summary>The members form: an action (<c>add</c>, <c>csv</c>, <c>remove:{userId}</c>, <c>delete</c>) and its input.</summary>
public sealed class MemberInput
{
    public string? Action { get; set; }

    public List<string>? Add { get; set; }

    public string? Csv { get; set; }
}
