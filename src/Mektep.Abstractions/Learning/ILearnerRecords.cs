namespace Mektep.Learning;

/// <summary>
/// Read-only view of learners' enrollments for modules that act on them (reminders, calendars, digests).
/// Implemented by the courses module. Due dates are already resolved: a learner's own date (an extension) wins
/// over the course's.
/// </summary>
public interface ILearnerRecords
{
    /// <summary>
    /// Enrollments that are active or completed (never unenrolled), of <paramref name="userIds"/> or of everyone
    /// when null, each with its resolved due date and last activity.
    /// </summary>
    /// <param name="userIds">Whose enrollments; null for every learner.</param>
    /// <param name="activeOnly">Only unfinished (active) enrollments.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<IReadOnlyList<LearnerEnrollment>> ListAsync(IReadOnlyCollection<string>? userIds, bool activeOnly, CancellationToken cancellationToken = default);

    /// <summary>One learner's enrollment in a course as it stands now (for a last check before a message leaves), or null.</summary>
    Task<LearnerEnrollment?> GetAsync(string userId, string courseSet, CancellationToken cancellationToken = default);

    /// <summary>Title and link of published courses in <paramref name="culture"/> (else any translation), keyed by course set.</summary>
    Task<IReadOnlyDictionary<string, LearningItemLink>> DescribeAsync(IReadOnlyCollection<string> courseSets, string culture, CancellationToken cancellationToken = default);
}

/// <summary>A learner's enrollment in one course.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="CourseSet">The course's localization set.</param>
/// <param name="Completed">True once the course is completed.</param>
/// <param name="EnrolledUtc">When the learner was (last) enrolled.</param>
/// <param name="CompletedUtc">When the course was completed.</param>
/// <param name="DueUtc">The learner's own due date if set, else the course's; null when there is none.</param>
/// <param name="LastActivityUtc">The learner's last lesson view or completion in the course; null before any.</param>
/// <param name="Percent">Required lessons done, in percent.</param>
/// <param name="ItemSets">Outline items that are not lessons (quizzes), as (content type, localization set).</param>
public sealed record LearnerEnrollment(
    string UserId,
    string CourseSet,
    bool Completed,
    DateTime EnrolledUtc,
    DateTime? CompletedUtc,
    DateTime? DueUtc,
    DateTime? LastActivityUtc,
    int Percent,
    IReadOnlyList<(string ContentType, string ItemSet)> ItemSets);

/// <summary>A course or quiz as a link in messages and calendars.</summary>
/// <param name="ItemSet">The item's localization set.</param>
/// <param name="Title">The title in the asked culture (or another when it has no such translation).</param>
/// <param name="Href">Site-relative path, e.g. <c>/courses/abc</c>.</param>
public sealed record LearningItemLink(string ItemSet, string Title, string Href);
