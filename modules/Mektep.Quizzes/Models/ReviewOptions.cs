namespace Mektep.Quizzes.Models;

/// <summary>What a learner sees of a submitted attempt.</summary>
public sealed class ReviewOptions
{
    public bool Score { get; set; } = true;

    public bool CorrectAnswers { get; set; }

    public bool Feedback { get; set; }
}
