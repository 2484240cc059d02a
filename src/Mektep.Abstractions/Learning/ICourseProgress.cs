namespace Mektep.Learning;

/// <summary>
/// Tells the courses module that a learner fulfilled a course item that is not a lesson (passed a quiz), so every
/// course the learner is enrolled in that lists the item re-checks its completion rule. Implemented by Courses;
/// called by the module that owns the item, after the fact is stored (the item's
/// <see cref="ICourseRequirementProvider"/> must already answer true). Safe to call twice: a course completes once.
/// </summary>
public interface ICourseProgress
{
    /// <summary>Re-evaluates completion of the learner's active courses whose outline holds <paramref name="itemSet"/>.</summary>
    /// <param name="userId">The learner.</param>
    /// <param name="itemSet">The item's localization set, as stored in course outlines.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task RequirementFulfilledAsync(string userId, string itemSet, CancellationToken cancellationToken = default);
}
