using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Learning;
using Mektep.People;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>
/// Enrolls and unenrolls many learners at once for administrators: one query finds who is enrolled already,
/// one statement restores unenrolled rows (their progress was kept), and the new rows go in as one batch.
/// Admin enrollment does not check prerequisites.
/// </summary>
public sealed class EnrollmentAdministration(DbContext db, TimeProvider clock, IPeopleDirectory people, LessonViewCache views, IEnumerable<ILearningEventHandler> events)
{
    /// <summary>Who an enrollment would add and who is in the course already.</summary>
    public async Task<EnrollmentPreview> PreviewAsync(string courseSet, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var enrolled = await ActiveUserIdsAsync(courseSet, ids, cancellationToken);
        return new EnrollmentPreview([.. ids.Where(id => !enrolled.Contains(id))], [.. ids.Where(enrolled.Contains)]);
    }

    /// <summary>
    /// Enrolls the learners not enrolled yet and restores those who were unenrolled; learners already enrolled
    /// are left as they are, so a second call adds nothing. <paramref name="dueUtc"/>, when given, becomes the
    /// due date of the rows this call adds or restores.
    /// </summary>
    public async Task<EnrollmentOutcome> EnrollAsync(string courseSet, IReadOnlyCollection<string> userIds, string source, DateTime? dueUtc = null, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new EnrollmentOutcome(0, 0, 0);
        }

        // One retry: a concurrent enrollment may insert a row between the read and the batch insert.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await db.Database.CreateExecutionStrategy().ExecuteAsync(() => EnrollOnceAsync(courseSet, ids, source, dueUtc, cancellationToken));
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Unenrolls one learner; the row and the progress stay as history. False when there was nothing to unenroll.</summary>
    public async Task<bool> UnenrollAsync(string courseSet, string userId, CancellationToken cancellationToken = default)
    {
        var changed = await db.Set<Enrollment>()
            .Where(e => e.UserId == userId && e.CourseSet == courseSet && e.Status != EnrollmentStatus.Unenrolled)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Unenrolled).SetProperty(e => e.UnenrolledUtc, Now), cancellationToken);
        views.Forget(userId, courseSet);
        return changed > 0;
    }

    /// <summary>Sets (or, with null, clears) one learner's due date in a course.</summary>
    public async Task<bool> SetDueAsync(long enrollmentId, string courseSet, DateTime? dueUtc, CancellationToken cancellationToken = default)
        => await db.Set<Enrollment>()
            .Where(e => e.Id == enrollmentId && e.CourseSet == courseSet)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DueUtcOverride, dueUtc), cancellationToken) > 0;

    public Task<Enrollment?> FindAsync(long enrollmentId, string courseSet, CancellationToken cancellationToken = default)
        => db.Set<Enrollment>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == enrollmentId && e.CourseSet == courseSet, cancellationToken);

    /// <summary>The ids of the people in a region or district, whatever the current user's own view of people.</summary>
    public Task<IReadOnlyList<string>> PeopleInAsync(PlaceFilter place, CancellationToken cancellationToken = default)
        => people.ListUserIdsAsync(place, PeopleScope.All, cancellationToken);

    /// <summary>The enrollments of a course, each with the learner and their progress, for the admin list and the report.</summary>
    public async Task<IReadOnlyList<LearnerRow>> ListAsync(ContentItem course, CancellationToken cancellationToken = default)
    {
        var courseSet = course.LocalizationSet;
        var enrollments = await db.Set<Enrollment>().AsNoTracking().Where(e => e.CourseSet == courseSet).ToListAsync(cancellationToken);
        if (enrollments.Count == 0)
        {
            return [];
        }

        var part = course.As<CoursePart>();
        var lessonSets = part.AllItems.Where(i => i.ContentType == CourseTypes.Lesson).Select(i => i.ItemSet).Distinct().ToList();
        var required = part.AllItems.Where(i => i.ContentType == CourseTypes.Lesson && i.Required).Select(i => i.ItemSet).Distinct().ToList();

        // Progress summed per learner in the database: one row per learner, not one per lesson.
        var progress = await db.Set<LessonProgress>().AsNoTracking()
            .Where(p => p.CourseSet == courseSet && lessonSets.Contains(p.LessonSet))
            .GroupBy(p => p.UserId)
            .Select(g => new
            {
                UserId = g.Key,
                Done = g.Count(p => p.DoneUtc != null),
                RequiredDone = g.Count(p => p.DoneUtc != null && required.Contains(p.LessonSet)),
                Seconds = g.Sum(p => p.SecondsSpent),
                LastViewed = g.Max(p => p.LastViewedUtc),
                LastDone = g.Max(p => p.DoneUtc),
            })
            .ToListAsync(cancellationToken);
        var byUser = progress.ToDictionary(p => p.UserId, StringComparer.Ordinal);
        var persons = (await people.GetPeopleAsync([.. enrollments.Select(e => e.UserId)], cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rows = new List<LearnerRow>(enrollments.Count);
        foreach (var enrollment in enrollments)
        {
            if (!persons.TryGetValue(enrollment.UserId, out var person))
            {
                continue;
            }

            var p = byUser.GetValueOrDefault(enrollment.UserId);
            var percent = required.Count == 0 || p is null ? 0 : (int)Math.Floor(100.0 * p.RequiredDone / required.Count);
            DateTime? last = p is null ? null : p.LastDone is { } d && d > p.LastViewed ? d : p.LastViewed;
            rows.Add(new LearnerRow(enrollment, person, percent, p?.Done ?? 0, lessonSets.Count, p?.Seconds ?? 0, last, enrollment.DueUtcOverride ?? part.DueUtc));
        }

        return rows;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<HashSet<string>> ActiveUserIdsAsync(string courseSet, List<string> ids, CancellationToken cancellationToken)
        => (await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.CourseSet == courseSet && e.Status != EnrollmentStatus.Unenrolled && ids.Contains(e.UserId))
            .Select(e => e.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private async Task<EnrollmentOutcome> EnrollOnceAsync(string courseSet, List<string> ids, string source, DateTime? dueUtc, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.CourseSet == courseSet && ids.Contains(e.UserId))
            .Select(e => new { e.UserId, e.Status })
            .ToListAsync(cancellationToken);
        var known = existing.Select(e => e.UserId).ToHashSet(StringComparer.Ordinal);
        var restoring = existing.Where(e => e.Status == EnrollmentStatus.Unenrolled).Select(e => e.UserId).ToList();
        var restored = 0;
        if (restoring.Count > 0)
        {
            restored = dueUtc is { } due
                ? await db.Set<Enrollment>()
                    .Where(e => e.CourseSet == courseSet && e.Status == EnrollmentStatus.Unenrolled && restoring.Contains(e.UserId))
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Active).SetProperty(e => e.UnenrolledUtc, (DateTime?)null)
                        .SetProperty(e => e.EnrolledUtc, now).SetProperty(e => e.Source, source).SetProperty(e => e.DueUtcOverride, due), cancellationToken)
                : await db.Set<Enrollment>()
                    .Where(e => e.CourseSet == courseSet && e.Status == EnrollmentStatus.Unenrolled && restoring.Contains(e.UserId))
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Active).SetProperty(e => e.UnenrolledUtc, (DateTime?)null)
                        .SetProperty(e => e.EnrolledUtc, now).SetProperty(e => e.Source, source), cancellationToken);
        }

        var added = ids.Where(id => !known.Contains(id)).Select(id => new Enrollment
        {
            UserId = id,
            CourseSet = courseSet,
            EnrolledUtc = now,
            Source = source,
            Status = EnrollmentStatus.Active,
            DueUtcOverride = dueUtc,
        }).ToList();
        if (added.Count > 0)
        {
            db.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var row in added)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }

        // Webhooks and welcome messages, in this transaction, for the rows this call added or restored.
        var changed = added.ToList();
        if (restored > 0)
        {
            changed.AddRange(await db.Set<Enrollment>().AsNoTracking()
                .Where(e => e.CourseSet == courseSet && restoring.Contains(e.UserId) && e.Status == EnrollmentStatus.Active && e.EnrolledUtc == now)
                .ToListAsync(cancellationToken));
        }

        await events.RaiseAsync([.. changed.Select(LearningService.EnrolledEvent)], cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new EnrollmentOutcome(added.Count, restored, ids.Count - added.Count - restored);
    }
}

/// <summary>The effect of an enrollment before it is confirmed.</summary>
/// <param name="ToEnroll">People who will be enrolled (new, or restored from an unenrollment).</param>
/// <param name="AlreadyEnrolled">People enrolled already (active or completed); nothing changes for them.</param>
public sealed record EnrollmentPreview(IReadOnlyList<string> ToEnroll, IReadOnlyList<string> AlreadyEnrolled);

/// <summary>What an enrollment did.</summary>
/// <param name="Added">New enrollments.</param>
/// <param name="Restored">Unenrolled learners enrolled again, with their progress.</param>
/// <param name="Unchanged">Learners who were enrolled already.</param>
public sealed record EnrollmentOutcome(int Added, int Restored, int Unchanged)
{
    public int Enrolled => Added + Restored;
}

/// <summary>One enrolled learner with their progress in the course.</summary>
public sealed record LearnerRow(Enrollment Enrollment, PersonSummary Person, int Percent, int LessonsDone, int Lessons, int SecondsSpent, DateTime? LastActivityUtc, DateTime? DueUtc);
