using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>
/// Enrollment and progress of learners, keyed by localization sets so every translation shares them. Writes
/// are idempotent: a unique key per learner and course (or lesson) makes a repeated post count once.
/// </summary>
/// <remarks>
/// The completion evaluator and the event handlers (webhooks, certificates, reminder mail) are resolved only when a
/// write needs them: every lesson view makes this service, and few views change anything.
/// </remarks>
public sealed class LearningService(DbContext db, TimeProvider clock, Lazy<CourseCompletionEvaluator> completion, LessonViewCache views, Lazy<IEnumerable<ILearningEventHandler>>? events = null)
{
    /// <summary>A view longer than this without activity counts as this much time spent.</summary>
    public static readonly TimeSpan MaxViewGap = TimeSpan.FromMinutes(10);

    /// <summary>A view sooner than this after the last recorded one writes nothing (its time counts at the next).</summary>
    public static readonly TimeSpan ViewRecordInterval = TimeSpan.FromSeconds(30);

    public Task<Enrollment?> GetEnrollmentAsync(string userId, string courseSet, CancellationToken cancellationToken = default)
        => db.Set<Enrollment>().AsNoTracking().FirstOrDefaultAsync(e => e.UserId == userId && e.CourseSet == courseSet, cancellationToken);

    /// <summary>
    /// Enrolls the learner (or re-activates an unenrollment); a second call changes nothing. The enrollment event
    /// (webhooks, the welcome message) is raised in the same transaction, only by the call that changed the row.
    /// </summary>
    public async Task<Enrollment> EnrollAsync(string userId, string courseSet, string source, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.UserId == userId && e.CourseSet == courseSet, cancellationToken);
        if (existing is not null)
        {
            if (existing.Status == EnrollmentStatus.Unenrolled)
            {
                existing.Status = EnrollmentStatus.Active;
                existing.UnenrolledUtc = null;
                existing.EnrolledUtc = Now;
                existing.Source = source;
                await InTransactionAsync(existing, cancellationToken);
            }

            return existing;
        }

        var enrollment = new Enrollment { UserId = userId, CourseSet = courseSet, EnrolledUtc = Now, Source = source, Status = EnrollmentStatus.Active };
        db.Add(enrollment);
        try
        {
            await InTransactionAsync(enrollment, cancellationToken);
            return enrollment;
        }
        catch (DbUpdateException)
        {
            // A concurrent request enrolled first: the unique key refused the second row, which is the answer.
            db.Entry(enrollment).State = EntityState.Detached;
            return await db.Set<Enrollment>().AsNoTracking().FirstOrDefaultAsync(e => e.UserId == userId && e.CourseSet == courseSet, cancellationToken)
                ?? throw new InvalidOperationException("The enrollment could neither be added nor found.");
        }
    }

    /// <summary>An enrollment event for a row this call added or restored.</summary>
    public static LearningEvent EnrolledEvent(Enrollment enrollment) => new(
        LearningEventKinds.Enrolled,
        enrollment.UserId,
        enrollment.EnrolledUtc,
        new Dictionary<string, string?> { ["course_set"] = enrollment.CourseSet, ["source"] = enrollment.Source });

    /// <summary>Saves the enrollment and raises its event in one transaction (the caller's, if one is open).</summary>
    private async Task InTransactionAsync(Enrollment enrollment, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await (events?.Value).RaiseAsync([EnrolledEvent(enrollment)], cancellationToken);
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await (events?.Value).RaiseAsync([EnrolledEvent(enrollment)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>Unenrolls; the row and the progress stay as history.</summary>
    public async Task UnenrollAsync(string userId, string courseSet, CancellationToken cancellationToken = default)
    {
        await db.Set<Enrollment>()
            .Where(e => e.UserId == userId && e.CourseSet == courseSet && e.Status == EnrollmentStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Unenrolled).SetProperty(e => e.UnenrolledUtc, Now), cancellationToken);
        views.Forget(userId, courseSet);
    }

    /// <summary>
    /// Records that an enrolled learner opened a lesson; <paramref name="done"/> marks it done too (done-on-view
    /// lessons). Returns whether it was recorded and whether the lesson is now done. A caller that has read the course's
    /// part already (the lesson page has) passes it, so it is not deserialized twice per view.
    /// </summary>
    public Task<LessonView> RecordViewAsync(string userId, ContentItem course, ContentItem lesson, bool done, CoursePart? coursePart = null, CancellationToken cancellationToken = default)
        => RecordAsync(userId, course, coursePart ?? course.As<CoursePart>(), lesson, view: true, done, cancellationToken);

    /// <summary>Marks a lesson done for an enrolled learner; posting it again counts once.</summary>
    public async Task<LessonResult> MarkDoneAsync(string userId, ContentItem course, ContentItem lesson, CancellationToken cancellationToken = default)
        => (await RecordAsync(userId, course, course.As<CoursePart>(), lesson, view: false, done: true, cancellationToken)).Result;

    public async Task<CourseProgress> GetProgressAsync(string userId, ContentItem course, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<LessonProgress>().AsNoTracking()
            .Where(p => p.UserId == userId && p.CourseSet == course.LocalizationSet)
            .ToListAsync(cancellationToken);
        return Compute(course.As<CoursePart>(), rows);
    }

    /// <summary>Progress in many courses at once (the "My learning" page), keyed by course set.</summary>
    public async Task<IReadOnlyDictionary<string, List<LessonProgress>>> GetProgressRowsAsync(string userId, IReadOnlyCollection<string> courseSets, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<LessonProgress>().AsNoTracking()
            .Where(p => p.UserId == userId && courseSets.Contains(p.CourseSet))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CourseSet).ToDictionary(g => g.Key, g => g.ToList());
    }

    public async Task<IReadOnlyList<Enrollment>> GetEnrollmentsAsync(string userId, CancellationToken cancellationToken = default)
        => await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.Status != EnrollmentStatus.Unenrolled)
            .OrderByDescending(e => e.EnrolledUtc)
            .ToListAsync(cancellationToken);

    public static CourseProgress Compute(CoursePart course, IReadOnlyCollection<LessonProgress> rows)
    {
        var lessonSets = course.AllItems.Where(i => i.ContentType == CourseTypes.Lesson).ToList();
        var inCourse = rows.Where(r => lessonSets.Any(l => l.ItemSet == r.LessonSet)).ToList();
        var done = inCourse.Where(r => r.DoneUtc is not null).Select(r => r.LessonSet).ToHashSet(StringComparer.Ordinal);
        var viewed = inCourse.Select(r => r.LessonSet).ToHashSet(StringComparer.Ordinal);
        var required = lessonSets.Where(l => l.Required).Select(l => l.ItemSet).Distinct().ToList();
        var percent = required.Count == 0 ? 0 : (int)Math.Floor(100.0 * required.Count(done.Contains) / required.Count);
        var lastActivity = inCourse.Count == 0 ? (DateTime?)null : inCourse.Max(r => r.DoneUtc is { } d && d > r.LastViewedUtc ? d : r.LastViewedUtc);
        var resume = required.FirstOrDefault(s => !done.Contains(s))
            ?? inCourse.OrderByDescending(r => r.LastViewedUtc).Select(r => r.LessonSet).FirstOrDefault()
            ?? lessonSets.Select(l => l.ItemSet).FirstOrDefault();
        return new CourseProgress(percent, lastActivity, resume, done, viewed);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<LessonView> RecordAsync(string userId, ContentItem course, CoursePart coursePart, ContentItem lesson, bool view, bool done, CancellationToken cancellationToken)
    {
        var courseSet = course.LocalizationSet;
        var lessonSet = lesson.LocalizationSet;
        if (!coursePart.AllItems.Any(i => i.ItemSet == lessonSet))
        {
            return new LessonView(LessonResult.NotInCourse, false);
        }

        var now = Now;
        if (view && views.TryRecallView(userId, courseSet, lessonSet, now, doneOnView: done, out var knownDone))
        {
            // A reload soon after a recorded view: the database would say the same and write nothing.
            return new LessonView(LessonResult.Recorded, knownDone);
        }

        // One round trip on every other lesson view: the enrollment and the lesson's progress row (unique per learner and
        // lesson) together. No row back means not enrolled; a row without progress means not yet viewed.
        var state = await (
            from e in db.Set<Enrollment>().AsNoTracking()
            where e.UserId == userId && e.CourseSet == courseSet && e.Status != EnrollmentStatus.Unenrolled
            join p in db.Set<LessonProgress>().AsNoTracking().Where(p => p.LessonSet == lessonSet) on e.UserId equals p.UserId into progress
            from p in progress.DefaultIfEmpty()
            select new { Row = p }).FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return new LessonView(LessonResult.NotEnrolled, false);
        }

        var row = state.Row;
        var quietUntil = row is null ? now + ViewRecordInterval : row.LastViewedUtc + ViewRecordInterval;
        if (row is null)
        {
            await AddProgressRowAsync(userId, lessonSet, courseSet, now, cancellationToken);
        }
        else if (view && now - row.LastViewedUtc >= ViewRecordInterval)
        {
            quietUntil = now + ViewRecordInterval;
            // Views closer together than the interval are not written: the next recorded view measures its gap from
            // the last recorded one, so no time is lost, and a reload costs no write.
            var seconds = (int)Math.Min((now - row.LastViewedUtc).TotalSeconds, MaxViewGap.TotalSeconds);
            await db.Set<LessonProgress>()
                .Where(p => p.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastViewedUtc, now).SetProperty(p => p.SecondsSpent, p => p.SecondsSpent + seconds), cancellationToken);
        }

        if (!done || row?.DoneUtc is not null)
        {
            if (view)
            {
                views.Remember(userId, courseSet, lessonSet, row?.DoneUtc is not null, quietUntil);
            }

            return new LessonView(LessonResult.Recorded, row?.DoneUtc is not null);
        }

        // Only the request that flips DoneUtc from null evaluates completion; a repeat finds nothing to change.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Lock the learner's enrollment first: two different final lessons marked done at the same moment
            // take turns, so the second sees the first's progress and the course still completes (once).
            await db.Set<Enrollment>()
                .Where(e => e.UserId == userId && e.CourseSet == courseSet)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.CourseSet, e => e.CourseSet), cancellationToken);
            var changed = await db.Set<LessonProgress>()
                .Where(p => p.UserId == userId && p.LessonSet == lessonSet && p.DoneUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DoneUtc, now), cancellationToken);
            if (changed > 0)
            {
                await (events?.Value).RaiseAsync(
                    [new LearningEvent(LearningEventKinds.LessonDone, userId, now, new Dictionary<string, string?> { ["course_set"] = courseSet, ["lesson_set"] = lessonSet })],
                    cancellationToken);
                await completion.Value.EvaluateAsync(userId, course, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        if (view)
        {
            views.Remember(userId, courseSet, lessonSet, done: true, quietUntil);
        }
        else
        {
            views.Forget(userId, courseSet);
        }

        return new LessonView(LessonResult.Recorded, true);
    }

    private async Task AddProgressRowAsync(string userId, string lessonSet, string courseSet, DateTime now, CancellationToken cancellationToken)
    {
        var row = new LessonProgress { UserId = userId, LessonSet = lessonSet, CourseSet = courseSet, FirstViewedUtc = now, LastViewedUtc = now };
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent request added the row first: the unique key keeps one, which is what we want.
            db.Entry(row).State = EntityState.Detached;
            if (!await db.Set<LessonProgress>().AsNoTracking().AnyAsync(p => p.UserId == userId && p.LessonSet == lessonSet, cancellationToken))
            {
                throw;
            }
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}

/// <summary>What recording a lesson view did.</summary>
/// <param name="Result">Recorded, or why not.</param>
/// <param name="Done">Whether the lesson is done for the learner after the view.</param>
public sealed record LessonView(LessonResult Result, bool Done);
