namespace Mektep.Quizzes.Models;

/// <summary>One learner's try at a quiz. Keyed by the quiz's localization set, so every translation shares attempts.</summary>
public sealed class QuizAttempt
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string QuizSet { get; set; } = "";

    /// <summary>1 for the learner's first attempt at this quiz.</summary>
    public int Number { get; set; }

    public DateTime StartedUtc { get; set; }

    /// <summary>Start plus the time limit; null when the quiz has none.</summary>
    public DateTime? DeadlineUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public AttemptStatus Status { get; set; }

    public decimal Score { get; set; }

    public decimal MaxScore { get; set; }

    /// <summary>Score as a percent of the maximum, once graded.</summary>
    public decimal? Percent { get; set; }

    public bool Passed { get; set; }

    /// <summary>The drawn questions, as they were when the attempt started (<see cref="AttemptSnapshot"/> as JSON).</summary>
    public string Snapshot { get; set; } = "{}";
}
