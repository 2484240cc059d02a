namespace Mektep.Quizzes.Models;

/// <summary>What an attempt asks, frozen at its start: the questions in the order shown, each with its option order.</summary>
public sealed class AttemptSnapshot
{
    public List<SnapshotQuestion> Questions { get; set; } = [];

    /// <summary>The quiz's pass mark when the attempt started.</summary>
    public decimal PassMarkPercent { get; set; }

    public QuizLayout Layout { get; set; }
}

public sealed class SnapshotQuestion
{
    public long QuestionId { get; set; }

    public int Version { get; set; }

    /// <summary>Option ids in the order the learner sees them (shuffled when the quiz says so).</summary>
    public List<string> OptionOrder { get; set; } = [];

    public QuestionData Data { get; set; } = new();

    /// <summary>Matching questions: the right-hand texts in the order shown, each behind a random token for this attempt.</summary>
    public List<MatchChoice> Right { get; set; } = [];
}

/// <summary>A right-hand text of a matching question as a learner sees it: a token that means nothing outside the attempt.</summary>
public sealed class MatchChoice
{
    public string Token { get; set; } = "";

    public string OptionId { get; set; } = "";
}
