using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Services;

/// <summary>A learner's place in a quiz: their attempts, what is left and whether they may start now.</summary>
/// <param name="Attempts">Every attempt, first first.</param>
/// <param name="InProgress">The attempt to continue, if any.</param>
/// <param name="AttemptsLeft">Null when the quiz has no limit.</param>
/// <param name="Grade">The quiz grade by its grading method (percent), once an attempt is graded.</param>
/// <param name="Passed">The grade reaches the pass mark.</param>
/// <param name="CanStart">What starting now would answer (<see cref="AttemptOutcome.Ok"/> when allowed).</param>
/// <param name="NextStartUtc">When the cool-down ends, if cooling down.</param>
public sealed record QuizStanding(
    IReadOnlyList<QuizAttempt> Attempts,
    QuizAttempt? InProgress,
    int? AttemptsLeft,
    decimal? Grade,
    bool Passed,
    AttemptOutcome CanStart,
    DateTime? NextStartUtc);
