namespace Mektep.Quizzes.Models;

/// <summary>A question in the bank. <see cref="Data"/> holds the text in every culture and the answer key.</summary>
public sealed class Question
{
    public const int MaxTagsLength = 1000;

    public long Id { get; set; }

    public long? CategoryId { get; set; }

    public QuestionType Type { get; set; }

    /// <summary>Short name for lists (the stem's first words unless an editor gives one).</summary>
    public string Name { get; set; } = "";

    /// <summary>Comma-separated tags.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Counts saves; an attempt records the version it drew, and a save with a stale version is refused.</summary>
    public int Version { get; set; } = 1;

    public bool Archived { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The <see cref="QuestionData"/> as JSON.</summary>
    public string Data { get; set; } = "{}";
}
