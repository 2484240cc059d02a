using System.Globalization;
using System.Text;
using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Import;

/// <summary>
/// Reads Moodle's GIFT format: questions separated by blank lines, <c>//</c> comment lines, <c>::title::</c>,
/// <c>[markdown]</c>-style format tags, <c>$CATEGORY: a/b</c> lines, backslash escapes (<c>\~ \= \# \{ \} \: \n</c>)
/// and an answer block in braces. Single and multiple choice (<c>=</c>, <c>~</c>, <c>~%50%</c>), true/false
/// (<c>{T}</c>), short answer (<c>{=a =b}</c>), numeric (<c>{#2:0.5}</c>, <c>{#1..5}</c>), matching
/// (<c>{=a -> b}</c>), essay (<c>{}</c>), answer feedback after <c>#</c> and general feedback after <c>####</c>.
/// Pure: the text in, questions and refusals out. A question the bank cannot hold exactly is refused, never bent.
/// </summary>
public static class GiftParser
{
    public const int MaxQuestions = 1000;

    private const string FullStop = "Too many questions in one file.";

    public static ImportResult Parse(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var items = new List<ImportedQuestion>();
        var rejected = new List<ImportRejection>();
        string? category = null;
        var block = new List<(int Line, string Text)>();

        void Flush()
        {
            if (block.Count == 0)
            {
                return;
            }

            var body = string.Join("\n", block.Select(b => b.Text));
            var (question, name, reason) = Read(body, culture);
            if (question is not null && items.Count < MaxQuestions)
            {
                items.Add(new ImportedQuestion(block[0].Line, question, category, name));
            }
            else
            {
                rejected.Add(new ImportRejection(block[0].Line, ImportRejection.ExcerptOf(body), reason ?? FullStop));
            }

            block.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (block.Count == 0 && trimmed.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
            {
                category = CategoryName(trimmed["$CATEGORY:".Length..]);
                continue;
            }

            block.Add((i + 1, line));
        }

        Flush();
        return new ImportResult(items, rejected);
    }

    /// <summary>Moodle writes paths such as <c>$course$/top/Budget/Taxes</c>; the bank keeps "Budget / Taxes".</summary>
    internal static string? CategoryName(string path)
    {
        var parts = path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count > 0 && parts[0].StartsWith('$') && parts[0].EndsWith('$'))
        {
            parts.RemoveAt(0);
        }

        if (parts.Count > 0 && (parts[0] == "top" || parts[0] == "Default"))
        {
            parts.RemoveAt(0);
        }

        var name = string.Join(" / ", parts);
        if (name.Length == 0)
        {
            return null;
        }

        return name.Length <= QuestionCategory.MaxNameLength ? name : name[..QuestionCategory.MaxNameLength];
    }

    private static (QuestionData? Question, string? Name, string? Reason) Read(string text, string culture)
    {
        var rest = text.Trim();
        string? name = null;
        if (rest.StartsWith("::", StringComparison.Ordinal))
        {
            var end = IndexOfUnescaped(rest, "::", 2);
            if (end < 0)
            {
                return (null, null, "The title is opened with :: and never closed.");
            }

            name = Unescape(rest[2..end]).Trim();
            rest = rest[(end + 2)..].TrimStart();
        }

        var open = IndexOfUnescaped(rest, "{", 0);
        if (open < 0)
        {
            return (null, name, "The question has no answer block in braces { }.");
        }

        var close = IndexOfUnescaped(rest, "}", open + 1);
        if (close < 0)
        {
            return (null, name, "The answer block is opened with { and never closed.");
        }

        if (IndexOfUnescaped(rest, "{", close + 1) >= 0 || IndexOfUnescaped(rest[..close], "{", open + 1) >= 0)
        {
            return (null, name, "The question has more than one answer block.");
        }

        var before = StripFormat(rest[..open]);
        var after = rest[(close + 1)..].Trim();
        var stem = Unescape(before).Trim();
        if (after.Length > 0)
        {
            // "Missing word" questions: the answer block stands in the sentence.
            stem = (stem + " _____ " + Unescape(after)).Trim();
        }

        if (stem.Length == 0)
        {
            return (null, name, "The question has no text.");
        }

        if (stem.Length > Editors.QuestionForm.MaxStemLength)
        {
            return (null, name, "The question text is too long.");
        }

        var answer = rest[(open + 1)..close];
        var (question, reason) = ReadAnswer(answer, culture);
        if (question is null)
        {
            return (null, name, reason);
        }

        question.Stem = LocalizedText.Of(culture, stem);
        if (question.Options.Any(o => o.Text.Values.Concat(o.Match.Values).Any(v => v.Length > Editors.QuestionForm.MaxOptionLength)))
        {
            return (null, name, "An answer is too long.");
        }

        return (question, string.IsNullOrWhiteSpace(name) ? null : name, null);
    }

    private static (QuestionData? Question, string? Reason) ReadAnswer(string block, string culture)
    {
        var general = "";
        var cut = IndexOfUnescaped(block, "####", 0);
        if (cut >= 0)
        {
            general = Unescape(block[(cut + 4)..]).Trim();
            block = block[..cut];
        }

        var body = block.Trim();
        QuestionData? question;
        string? reason;
        if (body.Length == 0)
        {
            (question, reason) = (new QuestionData { Type = QuestionType.Essay }, null);
        }
        else if (body.StartsWith('#'))
        {
            (question, reason) = Numeric(body[1..]);
        }
        else if (TrueFalse(body) is { } trueFalse)
        {
            (question, reason) = (trueFalse, null);
            if (general.Length == 0)
            {
                // {T#shown when wrong#shown when right}: keep the right-answer feedback when there is no general one.
                var parts = SplitUnescaped(body, '#');
                general = parts.Count > 2 ? Unescape(parts[2]).Trim() : parts.Count > 1 ? Unescape(parts[1]).Trim() : "";
            }
        }
        else
        {
            (question, reason) = Answers(body, culture);
        }

        if (question is not null && general.Length > 0)
        {
            question.Feedback = LocalizedText.Of(culture, general);
        }

        return (question, reason);
    }

    private static QuestionData? TrueFalse(string body)
    {
        var head = SplitUnescaped(body, '#')[0].Trim().ToUpperInvariant();
        bool? value = head switch
        {
            "T" or "TRUE" => true,
            "F" or "FALSE" => false,
            _ => null,
        };
        return value is { } v ? new QuestionData { Type = QuestionType.TrueFalse, TrueFalseAnswer = v } : null;
    }

    private static (QuestionData? Question, string? Reason) Answers(string body, string culture)
    {
        var answers = new List<Answer>();
        var start = -1;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] == '\\')
            {
                i++;
                continue;
            }

            if (i == body.Length || body[i] is '=' or '~')
            {
                if (start >= 0)
                {
                    var parsed = ParseAnswer(body[start], body[(start + 1)..i]);
                    if (parsed is null)
                    {
                        return (null, "An answer weight is not a number in %…%.");
                    }

                    answers.Add(parsed);
                }
                else if (body[..Math.Min(i, body.Length)].Trim().Length > 0)
                {
                    return (null, "Each answer must start with = or ~.");
                }

                start = i;
            }
        }

        if (answers.Count == 0)
        {
            return (null, "The answer block names no answer.");
        }

        if (answers.Count > Editors.QuestionForm.MaxOptions)
        {
            return (null, "The question has more than 12 answers.");
        }

        if (answers.Any(a => a.Text.Length == 0))
        {
            return (null, "An answer is empty.");
        }

        if (answers.Any(a => a.Arrow))
        {
            return Matching(answers, culture);
        }

        if (answers.All(a => a.IsRight))
        {
            return ShortAnswer(answers);
        }

        return Choice(answers, culture);
    }

    private static (QuestionData? Question, string? Reason) Matching(List<Answer> answers, string culture)
    {
        if (answers.Any(a => !a.IsRight || !a.Arrow))
        {
            return (null, "A matching question needs every answer written as =left -> right.");
        }

        if (answers.Any(a => a.Left.Length == 0 || a.Text.Length == 0))
        {
            return (null, "Every pair needs a left and a right text.");
        }

        if (answers.Count < 2)
        {
            return (null, "A matching question needs at least two pairs.");
        }

        return (new QuestionData
        {
            Type = QuestionType.Matching,
            Options = [.. answers.Select(a => new QuestionOption { Text = LocalizedText.Of(culture, a.Left), Match = LocalizedText.Of(culture, a.Text) })],
        }, null);
    }

    private static (QuestionData? Question, string? Reason) ShortAnswer(List<Answer> answers)
    {
        if (answers.Any(a => a.Weight is { } w && w != 100))
        {
            return (null, "Short answers with partial credit cannot be stored: every accepted answer earns full marks.");
        }

        return (new QuestionData { Type = QuestionType.ShortText, AcceptedAnswers = [.. answers.Select(a => a.Text).Distinct(StringComparer.Ordinal)] }, null);
    }

    private static (QuestionData? Question, string? Reason) Choice(List<Answer> answers, string culture)
    {
        if (answers.Count < 2)
        {
            return (null, "The question needs at least two options.");
        }

        var weights = answers.Select(a => a.Weight ?? (a.IsRight ? 100m : 0m)).ToList();
        var positive = weights.Where(w => w > 0).ToList();
        if (positive.Count == 0)
        {
            return (null, "No answer is marked correct.");
        }

        if (weights.Any(w => w > 100 || w < -100))
        {
            return (null, "An answer weight is outside -100% to 100%.");
        }

        List<QuestionOption> Options() => [.. answers.Select((a, i) => new QuestionOption
        {
            Text = LocalizedText.Of(culture, a.Text),
            Correct = weights[i] > 0,
            Feedback = a.Feedback.Length > 0 ? LocalizedText.Of(culture, a.Feedback) : [],
        })];

        if (positive is [100m])
        {
            // One right answer: a single choice (a wrong answer's negative weight would only take the question below zero, which Mektep never does).
            return (new QuestionData { Type = QuestionType.SingleChoice, Options = Options() }, null);
        }

        if (positive.Distinct().Count() != 1 || Math.Abs(positive.Sum() - 100m) > 0.5m)
        {
            return (null, "The weights of the correct answers must be equal and add up to 100%.");
        }

        return (new QuestionData
        {
            Type = QuestionType.MultipleChoice,
            Scoring = MultipleChoiceScoring.PartialCredit,
            NegativeMarking = weights.Any(w => w < 0),
            Options = Options(),
        }, null);
    }

    private static (QuestionData? Question, string? Reason) Numeric(string body)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] == '\\')
            {
                i++;
                continue;
            }

            if (i == body.Length || body[i] == '=')
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }

        var candidates = parts.Where(p => p.Trim().Length > 0).ToList();
        if (candidates.Count == 0)
        {
            return (null, "The numeric answer is missing.");
        }

        var full = new List<string>();
        foreach (var candidate in candidates)
        {
            var text = candidate.Trim();
            decimal weight = 100;
            if (text.StartsWith('%'))
            {
                var end = text.IndexOf('%', 1);
                if (end < 0 || !decimal.TryParse(text[1..end], NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
                {
                    return (null, "An answer weight is not a number in %…%.");
                }

                text = text[(end + 1)..];
            }

            if (weight != 100)
            {
                return (null, "Numeric answers with partial credit cannot be stored: give one answer with its tolerance.");
            }

            full.Add(SplitUnescaped(text, '#')[0].Trim());
        }

        if (full.Count != 1)
        {
            return (null, "A numeric question needs exactly one answer worth full marks.");
        }

        var value = full[0];
        var question = new QuestionData { Type = QuestionType.Numeric, ToleranceKind = ToleranceKind.Absolute };
        var range = value.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            if (!TryNumber(value[..range], out var min) || !TryNumber(value[(range + 2)..], out var max))
            {
                return (null, "The numeric answer is not a number.");
            }

            if (min > max)
            {
                return (null, "The range's lower end is above its upper end.");
            }

            question.NumericAnswer = (min + max) / 2;
            question.Tolerance = (max - min) / 2;
            return (question, null);
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (!TryNumber(colon < 0 ? value : value[..colon], out var answer))
        {
            return (null, "The numeric answer is not a number.");
        }

        question.NumericAnswer = answer;
        if (colon >= 0)
        {
            if (!TryNumber(value[(colon + 1)..], out var tolerance) || tolerance < 0)
            {
                return (null, "The tolerance is not a number of zero or more.");
            }

            question.Tolerance = tolerance;
        }

        return (question, null);
    }

    private static bool TryNumber(string text, out decimal value)
        => decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static Answer? ParseAnswer(char kind, string raw)
    {
        var text = raw.Trim();
        decimal? weight = null;
        if (text.StartsWith('%'))
        {
            var end = text.IndexOf('%', 1);
            if (end < 0 || !decimal.TryParse(text[1..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                return null;
            }

            weight = w;
            text = text[(end + 1)..];
        }

        var pieces = SplitUnescaped(text, '#');
        var main = pieces[0];
        var feedback = pieces.Count > 1 ? Unescape(string.Join("#", pieces.Skip(1))).Trim() : "";
        var arrow = IndexOfUnescaped(main, "->", 0);
        return arrow >= 0
            ? new Answer(kind == '=', weight, Unescape(main[(arrow + 2)..]).Trim(), feedback, true, Unescape(main[..arrow]).Trim())
            : new Answer(kind == '=', weight, Unescape(main).Trim(), feedback, false, "");
    }

    private static string StripFormat(string text)
    {
        var trimmed = text.TrimStart();
        foreach (var tag in new[] { "[markdown]", "[html]", "[plain]", "[moodle]" })
        {
            if (trimmed.StartsWith(tag, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[tag.Length..];
            }
        }

        return text;
    }

    /// <summary>The index of <paramref name="token"/> not preceded by a backslash escape, or -1.</summary>
    internal static int IndexOfUnescaped(string text, string token, int start)
    {
        for (var i = start; i <= text.Length - token.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    internal static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (next == 'n')
                {
                    result.Append('\n');
                    i++;
                    continue;
                }

                if (next is '~' or '=' or '#' or '{' or '}' or ':' or '\\' or '%')
                {
                    result.Append(next);
                    i++;
                    continue;
                }
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private sealed record Answer(bool IsRight, decimal? Weight, string Text, string Feedback, bool Arrow, string Left);
}
