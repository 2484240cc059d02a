namespace Mektep.Learning;

/// <summary>
/// Reacts when a learner completes a course (certificates, notifications). Called exactly once per completion,
/// inside the transaction that records it: what a handler writes commits or rolls back with the completion.
/// Keep it short; queue slow work (mail, PDFs) as a job. Register with <c>services.AddScoped&lt;ICourseCompletionHandler, T&gt;()</c>.
/// </summary>
public interface ICourseCompletionHandler
{
    /// <summary>The learner completed the course.</summary>
    Task CompletedAsync(CourseCompletion completion, CancellationToken cancellationToken = default);
}

/// <summary>A recorded course completion.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="CourseSet">The course's localization set: completion belongs to every translation.</param>
/// <param name="CourseContentItemId">The translation the learner was reading when the course completed.</param>
/// <param name="CompletedUtc">When it completed.</param>
public sealed record CourseCompletion(string UserId, string CourseSet, string CourseContentItemId, DateTime CompletedUtc);
