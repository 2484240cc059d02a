namespace Mektep.Quizzes.Models;

/// <summary>
/// Everything about a question, stored as JSON in the bank and copied whole into an attempt when it starts,
/// so later edits to the bank never change an attempt in progress. Holds the answer key: never render it to a learner
/// before review; the attempt page renders <see cref="Stem"/> and option texts only.
/// </summary>
public sealed class QuestionData
{
    public QuestionType Type { get; set; }

    public LocalizedText Stem { get; set; } = [];

    /// <summary>Choices (single, multiple), items in their correct order (ordering), pairs (matching).</summary>
    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>True/false questions: the right answer.</summary>
    public bool TrueFalseAnswer { get; set; }

    public MultipleChoiceScoring Scoring { get; set; } = MultipleChoiceScoring.AllOrNothing;

    /// <summary>Partial credit only: a wrong option chosen takes away one wrong option's share.</summary>
    public bool NegativeMarking { get; set; }

    public decimal NumericAnswer { get; set; }

    public decimal Tolerance { get; set; }

    public ToleranceKind ToleranceKind { get; set; } = ToleranceKind.Absolute;

    /// <summary>Numeric questions: the unit shown next to the box, and accepted after the number (e.g. "т", "tonnes").</summary>
    public List<string> Units { get; set; } = [];

    /// <summary>Short-text questions: every accepted answer, compared after normalisation.</summary>
    public List<string> AcceptedAnswers { get; set; } = [];

    /// <summary>Essay questions: what the grader looks for.</summary>
    public LocalizedText Rubric { get; set; } = [];

    /// <summary>General feedback shown after review.</summary>
    public LocalizedText Feedback { get; set; } = [];

    /// <summary>Marks the question is worth.</summary>
    public decimal Points { get; set; } = 1;
}
