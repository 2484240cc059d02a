using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Import;

/// <summary>
/// Reads the Aiken format: a question line, option lines "A. text" or "A) text", then "ANSWER: B"; blocks separated by
/// blank lines. Pure: the text in, questions and refusals out.
/// </summary>
public static class AikenParser
{
    public const int MaxQuestions = 1000;

    public static ImportResult Parse(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var questions = new List<ImportedQuestion>();
        var rejected = new List<ImportRejection>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var block = new List<(int Line, string Text)>();
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length > 0)
            {
                block.Add((i + 1, line));
                if (!line.StartsWith("ANSWER", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
            }

            if (block.Count == 0)
            {
                continue;
            }

            var (question, reason) = Read(block, culture);
            if (question is not null && questions.Count < MaxQuestions)
            {
                questions.Add(new ImportedQuestion(block[0].Line, question, null));
            }
            else
            {
                rejected.Add(new ImportRejection(block[0].Line, ImportRejection.ExcerptOf(block[0].Text), reason ?? "Too many questions in one file."));
            }

            block.Clear();
        }

        return new ImportResult(questions, rejected);
    }

    private static (QuestionData? Question, string? Reason) Read(List<(int Line, string Text)> block, string culture)
    {
        if (!block[^1].Text.StartsWith("ANSWER", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The question has no ANSWER line.");
        }

        var answer = block[^1].Text[6..].TrimStart(':', ' ').Trim();
        var options = new List<(string Letter, string Text)>();
        var stem = new List<string>();
        foreach (var (_, line) in block.Take(block.Count - 1))
        {
            if (line.Length > 2 && char.IsAsciiLetterUpper(line[0]) && line[1] is '.' or ')' && line[2] == ' ')
            {
                options.Add((line[..1], line[3..].Trim()));
            }
            else if (options.Count == 0)
            {
                stem.Add(line);
            }
            else
            {
                return (null, "A line after the options is neither an option nor the ANSWER line.");
            }
        }

        if (stem.Count == 0)
        {
            return (null, "The question has no text.");
        }

        if (options.Count < 2)
        {
            return (null, "The question needs at least two options.");
        }

        if (options.Select(o => o.Letter).Distinct().Count() != options.Count)
        {
            return (null, "Two options have the same letter.");
        }

        if (answer.Length != 1 || !options.Any(o => o.Letter == answer.ToUpperInvariant()))
        {
            return (null, "The ANSWER names no option.");
        }

        return (new QuestionData
        {
            Type = QuestionType.SingleChoice,
            Stem = LocalizedText.Of(culture, string.Join("\n", stem)),
            Options = [.. options.Select(o => new QuestionOption { Text = LocalizedText.Of(culture, o.Text), Correct = o.Letter == answer.ToUpperInvariant() })],
        }, null);
    }
}
