using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Courses.Services;

/// <summary>
/// What this node last learned from the database about a learner's lessons in one course: that they are enrolled,
/// whether each lesson is done, and until when a new view of it would write nothing (the last recorded view plus
/// <see cref="LearningService.ViewRecordInterval"/>). A reload inside that time is answered from here instead of a
/// query that could only confirm it. Whatever writes still goes to the database and refreshes or forgets the entry;
/// an unenrollment forgets it on this node at once, and another node's copy lapses within the interval.
/// </summary>
public sealed class LessonViewCache(IMemoryCache cache)
{
    /// <summary>How long a course's entry is kept at all; its lessons' own times decide whether it answers.</summary>
    private static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(5);

    private bool TryGet(string userId, string courseSet, string lessonSet, DateTime now, out bool done)
    {
        if (cache.TryGetValue(Key(userId, courseSet), out ConcurrentDictionary<string, LessonState>? lessons)
            && lessons!.TryGetValue(lessonSet, out var state)
            && now < state.QuietUntil)
        {
            done = state.Done;
            return true;
        }

        done = false;
        return false;
    }

    /// <summary>
    /// Whether a view now would write nothing and answer <paramref name="done"/>: the learner's last recorded view is
    /// recent, and a view that finishes the lesson finds it already done.
    /// </summary>
    public bool TryRecallView(string userId, string courseSet, string lessonSet, DateTime now, bool doneOnView, out bool done)
        => TryGet(userId, courseSet, lessonSet, now, out done) && (done || !doneOnView);

    public void Remember(string userId, string courseSet, string lessonSet, bool done, DateTime quietUntil)
    {
        var lessons = cache.GetOrCreate(Key(userId, courseSet), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = EntryLifetime;
            return new ConcurrentDictionary<string, LessonState>(StringComparer.Ordinal);
        })!;
        lessons[lessonSet] = new LessonState(done, quietUntil);
    }

    public void Forget(string userId, string courseSet) => cache.Remove(Key(userId, courseSet));

    private static string Key(string userId, string courseSet) => $"courses:views:{userId}:{courseSet}";

    private readonly record struct LessonState(bool Done, DateTime QuietUntil);
}
