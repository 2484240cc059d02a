namespace Mektep.Quizzes.Models;

/// <summary>The learner's answer to one question of an attempt; saved as they go, graded on submit.</summary>
public sealed class AttemptAnswer
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    /// <summary>The bank question's id.</summary>
    public long QuestionId { get; set; }

    /// <summary>The posted values as a JSON array of strings.</summary>
    public string Response { get; set; } = "[]";

    public DateTime SavedUtc { get; set; }

    /// <summary>Marks earned; null until graded (an essay waits for an editor).</summary>
    public decimal? Score { get; set; }

    public string? Feedback { get; set; }

    public string? GradedBy { get; set; }
}
