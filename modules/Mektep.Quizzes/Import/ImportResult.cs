using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Import;

/// <summary>What a question file yielded: the questions it can add, and every question it refused with the reason.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedQuestion> Items, IReadOnlyList<ImportRejection> Rejected)
{
    public IReadOnlyList<QuestionData> Questions => [.. Items.Select(i => i.Data)];
}

/// <summary>An accepted question: the line it starts on, the question, the bank category the file names (null: none) and its title.</summary>
public sealed record ImportedQuestion(int Line, QuestionData Data, string? Category, string? Name = null);

/// <summary>A refused question: where it starts in the file, its first words, and why (an English localization key).</summary>
public sealed record ImportRejection(int Line, string Excerpt, string Reason)
{
    public static string ExcerptOf(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..59] + "…";
    }
}
