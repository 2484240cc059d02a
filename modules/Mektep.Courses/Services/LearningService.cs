using Mektep.Content;
using Mektep.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>
/// Enrollment and progress of learners, keyed by localization sets so every translation shares them. Writes
/// are idempotent: a unique key per learner and course (or lesson) makes a repeated post count once.
/// </summary>
public sealed class LearningService(DbContext db, TimeProvider clock, CourseCompletionEvaluator completion)
{
    /// <summary>A view longer than this without activity counts as this much time spent.</summary>
    private static readonly TimeSpan MaxViewGap = TimeSpan.FromMinutes(10);

    public Task<Enrollment?> GetEnrollmentAsync(string userId, string courseSet, CancellationToken cancellationToken = default)
        => db.Set<Enrollment>().AsNoTracking().FirstOrDefaultAsync(e => e.UserId == userId && e.CourseSet == courseSet, cancellationToken);

    /// <summary>Enrolls the learner (or re-activates an unenrollment); a second call changes nothing.</summary>
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
                await db.SaveChangesAsync(cancellationToken);
            }

            return existing;
        }

        var enrollment = new Enrollment { UserId = userId, CourseSet = courseSet, EnrolledUtc = Now, Source = source, Status = EnrollmentStatus.Active };
        db.Add(enrollment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>Unenrolls; the row and the progress stay as history.</summary>
    public async Task UnenrollAsync(string userId, string courseSet, CancellationToken cancellationToken = default)
        => await db.Set<Enrollment>()
            .Where(e => e.UserId == userId && e.CourseSet == courseSet && e.Status == EnrollmentStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Unenrolled).SetProperty(e => e.UnenrolledUtc, Now), cancellationToken);

    /// <summary>Records that an enrolled learner opened a lesson; <paramref name="done"/> marks it done too (done-on-view lessons).</summary>
    public Task<LessonResult> RecordViewAsync(string userId, ContentItem course, ContentItem lesson, bool done, CancellationToken cancellationToken = default)
        => RecordAsync(userId, course, lesson, view: true, done, cancellationToken);

    /// <summary>Marks a lesson done for an enrolled learner; posting it again counts once.</summary>
    public Task<LessonResult> MarkDoneAsync(string userId, ContentItem course, ContentItem lesson, CancellationToken cancellationToken = default)
        => RecordAsync(userId, course, lesson, view: false, done: true, cancellationToken);

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

    private async Task<LessonResult> RecordAsync(string userId, ContentItem course, ContentItem lesson, bool view, bool done, CancellationToken cancellationToken)
    {
        var courseSet = course.LocalizationSet;
        var lessonSet = lesson.LocalizationSet;
        if (!course.As<CoursePart>().AllItems.Any(i => i.ItemSet == lessonSet))
        {
            return LessonResult.NotInCourse;
        }

        var enrolled = await db.Set<Enrollment>().AsNoTracking()
            .AnyAsync(e => e.UserId == userId && e.CourseSet == courseSet && e.Status != EnrollmentStatus.Unenrolled, cancellationToken);
        if (!enrolled)
        {
            return LessonResult.NotEnrolled;
        }

        var now = Now;
        await EnsureProgressRowAsync(userId, lessonSet, courseSet, now, cancellationToken);
        if (view)
        {
            var row = await db.Set<LessonProgress>().AsNoTracking().FirstAsync(p => p.UserId == userId && p.LessonSet == lessonSet, cancellationToken);
            var gap = now - row.LastViewedUtc;
            var seconds = gap > TimeSpan.Zero ? (int)Math.Min(gap.TotalSeconds, MaxViewGap.TotalSeconds) : 0;
            await db.Set<LessonProgress>()
                .Where(p => p.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastViewedUtc, now).SetProperty(p => p.SecondsSpent, p => p.SecondsSpent + seconds), cancellationToken);
        }

        if (!done)
        {
            return LessonResult.Recorded;
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
                await completion.EvaluateAsync(userId, course, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        return LessonResult.Recorded;
    }

    private async Task EnsureProgressRowAsync(string userId, string lessonSet, string courseSet, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<LessonProgress>().AnyAsync(p => p.UserId == userId && p.LessonSet == lessonSet, cancellationToken))
        {
            return;
        }

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
