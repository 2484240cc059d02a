namespace Mektep.Quizzes.Models;

/// <summary>A choice, an item to order, or one side of a matching pair. Ids are short and stable across edits.</summary>
public sealed class QuestionOption
{
    public string Id { get; set; } = "";

    public LocalizedText Text { get; set; } = [];

    /// <summary>Choice questions: this option is (one of) the right answer(s).</summary>
    public bool Correct { get; set; }

    /// <summary>Matching questions: the right-hand text this left-hand option pairs with.</summary>
    public LocalizedText Match { get; set; } = [];

    /// <summary>Feedback shown for this option after review.</summary>
    public LocalizedText Feedback { get; set; } = [];
}
