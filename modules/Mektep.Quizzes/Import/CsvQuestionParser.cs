using CsvHelper;
using Mektep.Quizzes.Editors;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Import;

/// <summary>
/// Reads questions from a CSV file, one question a record (quoted fields may span lines), comma or semicolon
/// separated, columns in this order: type, category, marks, question, answer, feedback, option 1 … option 12.
/// What "answer" and the option columns hold depends on the type (see the module README). A first record whose first
/// field is "type" is a header and is skipped. Pure: the text in, questions and refusals out.
/// </summary>
public static class CsvQuestionParser
{
    public const int MaxQuestions = 1000;
    public const int FirstOptionColumn = 6;

    public static readonly IReadOnlyList<string> Columns = ["type", "category", "marks", "question", "answer", "feedback", "option 1", "…", "option 12"];

    public static ImportResult Parse(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<ImportedQuestion>();
        var rejected = new List<ImportRejection>();
        var options = CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true, TrimWhitespace = true };
        using var reader = CsvReader.FromText(text, options);
        var first = true;
        while (true)
        {
            try
            {
                if (!reader.Read())
                {
                    break;
                }
            }
            catch (CsvFormatException)
            {
                rejected.Add(new ImportRejection(items.Count + rejected.Count + 1, "", "The file is not valid CSV from this record on."));
                break;
            }

            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = (reader.GetString(i) ?? "").Trim();
            }

            var line = (int)reader.LineNumber;
            var isHeader = first && fields.Length > 0 && string.Equals(fields[0], "type", StringComparison.OrdinalIgnoreCase);
            first = false;
            if (isHeader || fields.All(f => f.Length == 0))
            {
                continue;
            }

            var (question, reason) = Read(fields, culture);
            var excerpt = ImportRejection.ExcerptOf(Field(fields, 3).Length > 0 ? Field(fields, 3) : string.Join(", ", fields));
            if (question is not null && items.Count < MaxQuestions)
            {
                var category = Field(fields, 1);
                items.Add(new ImportedQuestion(line, question, category.Length == 0 ? null : category[..Math.Min(category.Length, QuestionCategory.MaxNameLength)]));
            }
            else
            {
                rejected.Add(new ImportRejection(line, excerpt, reason ?? "Too many questions in one file."));
            }
        }

        return new ImportResult(items, rejected);
    }

    /// <summary>The type column: the bank's names or the short ones the README lists.</summary>
    public static QuestionType? TypeOf(string text) => text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
    {
        "single" or "singlechoice" => QuestionType.SingleChoice,
        "multiple" or "multiplechoice" => QuestionType.MultipleChoice,
        "truefalse" or "true/false" or "tf" => QuestionType.TrueFalse,
        "numeric" or "number" => QuestionType.Numeric,
        "short" or "shorttext" or "shortanswer" => QuestionType.ShortText,
        "ordering" or "order" => QuestionType.Ordering,
        "matching" or "match" => QuestionType.Matching,
        "essay" => QuestionType.Essay,
        _ => null,
    };

    private static (QuestionData? Question, string? Reason) Read(string[] fields, string culture)
    {
        if (TypeOf(Field(fields, 0)) is not { } type)
        {
            return (null, "The type is not one of single, multiple, truefalse, numeric, short, ordering, matching, essay.");
        }

        var stem = Field(fields, 3);
        if (stem.Length == 0)
        {
            return (null, "The question has no text.");
        }

        if (stem.Length > QuestionForm.MaxStemLength)
        {
            return (null, "The question text is too long.");
        }

        decimal points = 1;
        var pointsText = Field(fields, 2);
        if (pointsText.Length > 0 && (!NumberParser.TryParse(pointsText, out points) || points <= 0 || points > QuestionForm.MaxPoints))
        {
            return (null, "The marks are not a number greater than 0 and at most 100.");
        }

        if (fields.Length > FirstOptionColumn + QuestionForm.MaxOptions && fields.Skip(FirstOptionColumn + QuestionForm.MaxOptions).Any(f => f.Length > 0))
        {
            return (null, "The question has more than 12 answers.");
        }

        var optionTexts = fields.Skip(FirstOptionColumn).Where(f => f.Length > 0).ToList();
        if (optionTexts.Any(o => o.Length > QuestionForm.MaxOptionLength))
        {
            return (null, "An answer is too long.");
        }

        var answer = Field(fields, 4);
        var feedback = Field(fields, 5);
        var data = new QuestionData
        {
            Type = type,
            Stem = LocalizedText.Of(culture, stem),
            Points = points,
            Feedback = feedback.Length > 0 ? LocalizedText.Of(culture, feedback) : [],
        };

        var reason = type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => Choice(data, optionTexts, answer, culture),
            QuestionType.TrueFalse => TrueFalse(data, answer),
            QuestionType.Numeric => Numeric(data, answer, optionTexts),
            QuestionType.ShortText => ShortText(data, answer, optionTexts),
            QuestionType.Ordering => Ordering(data, optionTexts, culture),
            QuestionType.Matching => Matching(data, optionTexts, culture),
            _ => Essay(data, answer, culture),
        };
        return reason is null ? (data, null) : (null, reason);
    }

    private static string? Choice(QuestionData data, List<string> optionTexts, string answer, string culture)
    {
        if (optionTexts.Count < 2)
        {
            return "The question needs at least two options.";
        }

        var spec = answer.Trim();
        if (data.Type == QuestionType.MultipleChoice)
        {
            foreach (var (prefix, negative) in new[] { ("partial:", false), ("negative:", true) })
            {
                if (spec.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    data.Scoring = MultipleChoiceScoring.PartialCredit;
                    data.NegativeMarking = negative;
                    spec = spec[prefix.Length..];
                }
            }
        }

        var numbers = new HashSet<int>();
        foreach (var piece in spec.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(piece, out var n) || n < 1 || n > optionTexts.Count)
            {
                return "The answer must give the numbers of the correct options (1 for the first).";
            }

            numbers.Add(n);
        }

        if (numbers.Count == 0)
        {
            return "No answer is marked correct.";
        }

        if (data.Type == QuestionType.SingleChoice && numbers.Count != 1)
        {
            return "A single choice question needs exactly one correct option.";
        }

        data.Options = [.. optionTexts.Select((t, i) => new QuestionOption { Text = LocalizedText.Of(culture, t), Correct = numbers.Contains(i + 1) })];
        return null;
    }

    private static string? TrueFalse(QuestionData data, string answer)
    {
        bool? value = answer.Trim().ToLowerInvariant() switch
        {
            "true" or "t" or "иә" or "да" or "1" => true,
            "false" or "f" or "жоқ" or "нет" or "0" => false,
            _ => null,
        };
        if (value is not { } v)
        {
            return "The answer of a true/false question must be true or false.";
        }

        data.TrueFalseAnswer = v;
        return null;
    }

    /// <summary>"1500", "1500±5", "1500+-5", "1500±2%" (relative) or "1400..1600"; units in the option columns.</summary>
    private static string? Numeric(QuestionData data, string answer, List<string> units)
    {
        var spec = answer.Trim().Replace("+-", "±", StringComparison.Ordinal);
        var range = spec.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            if (!NumberParser.TryParse(spec[..range].Trim(), out var min) || !NumberParser.TryParse(spec[(range + 2)..].Trim(), out var max))
            {
                return "The numeric answer is not a number.";
            }

            if (min > max)
            {
                return "The range's lower end is above its upper end.";
            }

            data.NumericAnswer = (min + max) / 2;
            data.Tolerance = (max - min) / 2;
        }
        else
        {
            var plus = spec.IndexOf('±', StringComparison.Ordinal);
            if (!NumberParser.TryParse((plus < 0 ? spec : spec[..plus]).Trim(), out var value))
            {
                return "The numeric answer is not a number.";
            }

            data.NumericAnswer = value;
            if (plus >= 0)
            {
                var tolerance = spec[(plus + 1)..].Trim();
                var relative = tolerance.EndsWith('%');
                if (!NumberParser.TryParse(relative ? tolerance[..^1].Trim() : tolerance, out var amount) || amount < 0)
                {
                    return "The tolerance is not a number of zero or more.";
                }

                data.Tolerance = relative ? amount / 100 : amount;
                data.ToleranceKind = relative ? ToleranceKind.Relative : ToleranceKind.Absolute;
            }
        }

        data.Units = units;
        return null;
    }

    private static string? ShortText(QuestionData data, string answer, List<string> more)
    {
        var accepted = (answer.Length > 0 ? more.Prepend(answer) : more).Distinct(StringComparer.Ordinal).ToList();
        if (accepted.Count == 0)
        {
            return "A short answer question needs at least one accepted answer.";
        }

        data.AcceptedAnswers = accepted;
        return null;
    }

    private static string? Ordering(QuestionData data, List<string> items, string culture)
    {
        if (items.Count < 2)
        {
            return "An ordering question needs at least two items.";
        }

        data.Options = [.. items.Select(t => new QuestionOption { Text = LocalizedText.Of(culture, t) })];
        return null;
    }

    private static string? Matching(QuestionData data, List<string> pairs, string culture)
    {
        var options = new List<QuestionOption>();
        foreach (var pair in pairs)
        {
            var arrow = pair.IndexOf("->", StringComparison.Ordinal);
            var left = arrow < 0 ? "" : pair[..arrow].Trim();
            var right = arrow < 0 ? "" : pair[(arrow + 2)..].Trim();
            if (left.Length == 0 || right.Length == 0)
            {
                return "Every pair needs a left and a right text.";
            }

            options.Add(new QuestionOption { Text = LocalizedText.Of(culture, left), Match = LocalizedText.Of(culture, right) });
        }

        if (options.Count < 2)
        {
            return "A matching question needs at least two pairs.";
        }

        data.Options = options;
        return null;
    }

    private static string? Essay(QuestionData data, string rubric, string culture)
    {
        if (rubric.Length > 0)
        {
            data.Rubric = LocalizedText.Of(culture, rubric);
        }

        return null;
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";
}
