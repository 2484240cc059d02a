namespace Mektep.Learning;

/// <summary>
/// Says whether a learner fulfilled a required item of a course that is not a lesson (a quiz, an assignment).
/// Implemented by the module that owns the item's content type; Courses asks every registered provider.
/// Register with <c>services.AddScoped&lt;ICourseRequirementProvider, T&gt;()</c>.
/// </summary>
public interface ICourseRequirementProvider
{
    /// <summary>The content type whose items this provider judges, e.g. <c>Quiz</c>.</summary>
    string ContentType { get; }

    /// <summary>True when the learner fulfilled the item (for a quiz: passed it).</summary>
    /// <param name="userId">The learner.</param>
    /// <param name="courseSet">The course's localization set.</param>
    /// <param name="itemSet">The item's localization set, as stored in the course outline.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<bool> IsFulfilledAsync(string userId, string courseSet, string itemSet, CancellationToken cancellationToken = default);
}
