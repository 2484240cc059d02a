namespace Mektep.Learning;

/// <summary>
/// Read-only view of quizzes and learners' attempts for modules that act on them (reminders, calendars).
/// Implemented by the quizzes module.
/// </summary>
public interface IQuizRecords
{
    /// <summary>The content type of quizzes in course outlines (<see cref="LearnerEnrollment.ItemSets"/>).</summary>
    string ContentType { get; }

    /// <summary>Published quizzes among <paramref name="quizSets"/> with their closing time and attempt limit, in <paramref name="culture"/>.</summary>
    Task<IReadOnlyDictionary<string, QuizSummary>> DescribeAsync(IReadOnlyCollection<string> quizSets, string culture, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where learners stand in quizzes: one row per learner and quiz they attempted at least once. Learners of
    /// <paramref name="userIds"/>, or everyone when null.
    /// </summary>
    Task<IReadOnlyList<QuizStandingSummary>> StandingsAsync(IReadOnlyCollection<string> quizSets, IReadOnlyCollection<string>? userIds, CancellationToken cancellationToken = default);
}

/// <summary>A published quiz.</summary>
/// <param name="Link">Title and link.</param>
/// <param name="ClosesUtc">When it closes (its due date); null when it never closes.</param>
/// <param name="AttemptsAllowed">Attempts a learner may make; 0 for no limit.</param>
public sealed record QuizSummary(LearningItemLink Link, DateTime? ClosesUtc, int AttemptsAllowed);

/// <summary>One learner's attempts at one quiz.</summary>
/// <param name="UserId">The learner.</param>
/// <param name="QuizSet">The quiz's localization set.</param>
/// <param name="AttemptsUsed">Attempts started.</param>
/// <param name="AttemptsLeft">Attempts the learner may still start; null for no limit.</param>
/// <param name="Passed">The quiz grade reaches the pass mark.</param>
/// <param name="InProgress">An attempt is open.</param>
/// <param name="LastGradedNumber">Number of the latest graded attempt, or null.</param>
/// <param name="LastGradedPassed">Whether that attempt reached the pass mark.</param>
/// <param name="LastGradedPercent">Its score in percent.</param>
public sealed record QuizStandingSummary(
    string UserId,
    string QuizSet,
    int AttemptsUsed,
    int? AttemptsLeft,
    bool Passed,
    bool InProgress,
    int? LastGradedNumber,
    bool LastGradedPassed,
    decimal? LastGradedPercent);
