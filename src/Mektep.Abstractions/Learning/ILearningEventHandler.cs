namespace Mektep.Learning;

/// <summary>
/// Reacts to what happens to learners (enrollments, lessons, quizzes, certificates): webhooks, welcome messages.
/// The module where the fact happens calls every handler inside the transaction that records it, only in the
/// request that changed the row (so once per fact): what a handler writes to the scoped <c>DbContext</c> commits or
/// rolls back with it. Keep handlers short and never let one throw for a reason of its own (protect inserts that may
/// clash with a savepoint). Course completion is raised through <see cref="ICourseCompletionHandler"/>.
/// Register with <c>services.AddScoped&lt;ILearningEventHandler, T&gt;()</c>.
/// </summary>
public interface ILearningEventHandler
{
    /// <summary>Events recorded in the caller's transaction (a bulk enrollment raises one per learner at once).</summary>
    Task HandleAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default);
}

/// <summary>One fact about a learner.</summary>
/// <param name="Kind">One of <see cref="LearningEventKinds"/>.</param>
/// <param name="UserId">The learner.</param>
/// <param name="OccurredUtc">When it happened.</param>
/// <param name="Data">Identifiers and figures (course set, quiz set, percent, certificate number); never secrets.</param>
public sealed record LearningEvent(string Kind, string UserId, DateTime OccurredUtc, IReadOnlyDictionary<string, string?> Data)
{
    /// <summary>A unique id of this event, fixed when it is raised.</summary>
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
}

/// <summary>The kinds of <see cref="LearningEvent"/>.</summary>
public static class LearningEventKinds
{
    /// <summary>A learner was enrolled (or enrolled again after an unenrollment): <c>course_set</c>, <c>source</c>.</summary>
    public const string Enrolled = "enrollment";
    /// <summary>A lesson was marked done: <c>course_set</c>, <c>lesson_set</c>.</summary>
    public const string LessonDone = "lesson.done";
    /// <summary>A course was completed: <c>course_set</c>.</summary>
    public const string CourseCompleted = "course.completed";
    /// <summary>A quiz attempt got its grade: <c>quiz_set</c>, <c>attempt_id</c>, <c>attempt_number</c>, <c>percent</c>, <c>passed</c>.</summary>
    public const string QuizGraded = "quiz.graded";
    /// <summary>A certificate was issued: <c>certificate_id</c>, <c>certificate_number</c>, <c>course_set</c>, dates, <c>source</c>.</summary>
    public const string CertificateIssued = "certificate.issued";
    /// <summary>A certificate was revoked: the same data as when it was issued.</summary>
    public const string CertificateRevoked = "certificate.revoked";

    /// <summary>Every kind, in the order administrators see them.</summary>
    public static readonly IReadOnlyList<string> All = [Enrolled, LessonDone, CourseCompleted, QuizGraded, CertificateIssued, CertificateRevoked];
}

/// <summary>Raising events.</summary>
public static class LearningEventHandlerExtensions
{
    /// <summary>Calls every handler with <paramref name="events"/> (nothing when empty).</summary>
    public static async Task RaiseAsync(this IEnumerable<ILearningEventHandler>? handlers, IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default)
    {
        if (handlers is null || events.Count == 0)
        {
            return;
        }

        foreach (var handler in handlers)
        {
            await handler.HandleAsync(events, cancellationToken);
        }
    }
}
