using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Grading;

/// <summary>
/// Grades one answer against one question. Pure: no clock, no storage. An answer is the list of values the
/// learner posted: option ids (single, multiple, ordering in the learner's order), "true"/"false", the typed text
/// (numeric, short text, essay), or "leftId=rightId" pairs (matching).
/// </summary>
public static class QuestionGrader
{
    public static GradeResult Grade(QuestionData question, IReadOnlyList<string> answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (question.Type == QuestionType.Essay)
        {
            return GradeResult.Manual;
        }

        if (answer.Count == 0)
        {
            return GradeResult.Wrong;
        }

        return question.Type switch
        {
            QuestionType.SingleChoice => Of(question.Options.Any(o => o.Correct && o.Id == answer[0])),
            QuestionType.MultipleChoice => MultipleChoice(question, answer),
            QuestionType.TrueFalse => Of(bool.TryParse(answer[0], out var value) && value == question.TrueFalseAnswer),
            QuestionType.Numeric => Of(IsWithinTolerance(question, answer[0])),
            QuestionType.ShortText => Of(IsAccepted(question, answer[0])),
            QuestionType.Ordering => Ordering(question, answer),
            QuestionType.Matching => Matching(question, answer),
            _ => GradeResult.Wrong,
        };
    }

    public static bool IsWithinTolerance(QuestionData question, string text)
    {
        if (!TryReadNumber(text, question.Units, out var value))
        {
            return false;
        }

        var allowed = question.ToleranceKind == ToleranceKind.Relative
            ? Math.Abs(question.NumericAnswer) * question.Tolerance
            : question.Tolerance;
        return Math.Abs(value - question.NumericAnswer) <= Math.Abs(allowed);
    }

    /// <summary>A number, optionally followed by one of the question's units ("1 500 т", "2,5 млн").</summary>
    public static bool TryReadNumber(string text, IReadOnlyCollection<string> units, out decimal value)
    {
        var trimmed = text.Trim();
        if (NumberParser.TryParse(trimmed, out value))
        {
            return true;
        }

        foreach (var unit in units.Where(u => u.Trim().Length > 0).OrderByDescending(u => u.Length))
        {
            var u = unit.Trim();
            if (trimmed.Length > u.Length && trimmed.EndsWith(u, StringComparison.OrdinalIgnoreCase)
                && NumberParser.TryParse(trimmed[..^u.Length], out value))
            {
                return true;
            }
        }

        value = 0;
        return false;
    }

    public static bool IsAccepted(QuestionData question, string text)
    {
        var given = TextNormalizer.Normalize(text);
        return given.Length > 0 && question.AcceptedAnswers.Any(a => TextNormalizer.Normalize(a) == given);
    }

    private static GradeResult MultipleChoice(QuestionData question, IReadOnlyList<string> answer)
    {
        var chosen = answer.ToHashSet(StringComparer.Ordinal);
        var correct = question.Options.Where(o => o.Correct).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var wrong = question.Options.Where(o => !o.Correct).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (correct.Count == 0)
        {
            return Of(chosen.Count == 0);
        }

        if (question.Scoring == MultipleChoiceScoring.AllOrNothing)
        {
            return Of(chosen.SetEquals(correct));
        }

        decimal fraction = (decimal)chosen.Count(correct.Contains) / correct.Count;
        if (question.NegativeMarking && wrong.Count > 0)
        {
            fraction -= (decimal)chosen.Count(wrong.Contains) / wrong.Count;
        }

        return new GradeResult(Clamp(fraction));
    }

    private static GradeResult Ordering(QuestionData question, IReadOnlyList<string> answer)
    {
        var expected = question.Options.Select(o => o.Id).ToList();
        if (expected.Count == 0)
        {
            return GradeResult.Wrong;
        }

        var inPlace = expected.Where((id, i) => i < answer.Count && answer[i] == id).Count();
        return new GradeResult(Clamp((decimal)inPlace / expected.Count));
    }

    private static GradeResult Matching(QuestionData question, IReadOnlyList<string> answer)
    {
        if (question.Options.Count == 0)
        {
            return GradeResult.Wrong;
        }

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in answer)
        {
            var cut = pair.IndexOf('=', StringComparison.Ordinal);
            if (cut > 0)
            {
                pairs.TryAdd(pair[..cut], pair[(cut + 1)..]);
            }
        }

        // The right-hand texts are identified by the id of the option they belong to; two options with the same
        // right-hand text are interchangeable.
        var right = question.Options.Count(o => pairs.TryGetValue(o.Id, out var chosen)
            && question.Options.FirstOrDefault(x => x.Id == chosen) is { } match
            && MatchKey(match) == MatchKey(o));
        return new GradeResult(Clamp((decimal)right / question.Options.Count));
    }

    private static string MatchKey(QuestionOption option)
        => string.Join('\u001F', option.Match.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    private static GradeResult Of(bool right) => right ? GradeResult.Right : GradeResult.Wrong;

    private static decimal Clamp(decimal fraction) => Math.Clamp(fraction, 0m, 1m);
}
