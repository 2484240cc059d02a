using System.Globalization;
using System.Text;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Mektep.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mektep.Quizzes.Services;

/// <summary>
/// Item analysis over a quiz's graded attempts. Facility: the mean fraction of marks a question earned (0 hard, 1 easy).
/// Discrimination index: the facility in the top 27% of attempts by total score minus the facility in the bottom 27%
/// (from -1 to 1; below 0.2 the question hardly separates strong from weak learners); needs at least 4 attempts.
/// Option frequencies: how many attempts chose each option (choice, true/false), or gave each answer (the five most
/// common, for typed answers), and how many left the question blank.
/// </summary>
public sealed class ItemAnalysis(DbContext db)
{
    public const double GroupShare = 0.27;
    public const int MinAttemptsForDiscrimination = 4;
    public const int TopTypedAnswers = 5;

    public async Task<QuizAnalysis> BuildAsync(string quizSet, string culture, CancellationToken cancellationToken = default)
    {
        var attempts = await db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.QuizSet == quizSet && a.Status == AttemptStatus.Graded && a.Percent != null)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = attempts.Select(a => a.Id).ToList();
        var answers = (await db.Set<AttemptAnswer>().AsNoTracking().Where(a => ids.Contains(a.AttemptId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.AttemptId);
        return Analyse(attempts, answers, culture);
    }

    internal static QuizAnalysis Analyse(IReadOnlyList<QuizAttempt> attempts, ILookup<long, AttemptAnswer> answers, string culture)
    {
        // The latest version of each question any attempt saw names it and its options.
        var questions = new Dictionary<long, SnapshotQuestion>();
        var order = new List<long>();
        var seen = new List<(QuizAttempt Attempt, AttemptSnapshot Snapshot)>();
        foreach (var attempt in attempts)
        {
            var snapshot = QuizJson.Snapshot(attempt.Snapshot);
            seen.Add((attempt, snapshot));
            foreach (var question in snapshot.Questions)
            {
                if (!questions.TryGetValue(question.QuestionId, out var known))
                {
                    order.Add(question.QuestionId);
                    questions[question.QuestionId] = question;
                }
                else if (question.Version > known.Version)
                {
                    questions[question.QuestionId] = question;
                }
            }
        }

        var ranked = seen.OrderByDescending(s => s.Attempt.Percent).ThenBy(s => s.Attempt.Id).ToList();
        var group = (int)Math.Round(ranked.Count * GroupShare, MidpointRounding.AwayFromZero);
        var upper = ranked.Take(group).Select(s => s.Attempt.Id).ToHashSet();
        var lower = ranked.Skip(ranked.Count - group).Select(s => s.Attempt.Id).ToHashSet();
        var items = new List<ItemStatistics>();
        foreach (var id in order)
        {
            var question = questions[id];
            var fractions = new Dictionary<long, decimal>();
            var responses = new List<List<string>>();
            foreach (var (attempt, snapshot) in seen)
            {
                var asked = snapshot.Questions.FirstOrDefault(q => q.QuestionId == id);
                if (asked is null)
                {
                    continue;
                }

                var answer = answers[attempt.Id].FirstOrDefault(a => a.QuestionId == id);
                var points = asked.Data.Points;
                fractions[attempt.Id] = points > 0 && answer?.Score is { } score ? Math.Clamp(score / points, 0, 1) : 0;
                responses.Add(answer is null ? [] : QuizJson.Response(answer.Response));
            }

            decimal? facility = fractions.Count == 0 ? null : Math.Round(fractions.Values.Average(), 4);
            decimal? discrimination = null;
            var up = fractions.Where(f => upper.Contains(f.Key)).Select(f => f.Value).ToList();
            var down = fractions.Where(f => lower.Contains(f.Key)).Select(f => f.Value).ToList();
            if (fractions.Count >= MinAttemptsForDiscrimination && up.Count > 0 && down.Count > 0)
            {
                discrimination = Math.Round(up.Average() - down.Average(), 4);
            }

            items.Add(new ItemStatistics(order.IndexOf(id) + 1, id, question.Data.Type, question.Data.Stem.For(culture), fractions.Count, facility, discrimination,
                Frequencies(question.Data, responses, culture), responses.Count(r => r.All(string.IsNullOrWhiteSpace))));
        }

        return new QuizAnalysis(attempts.Count, items);
    }

    private static List<OptionFrequency> Frequencies(QuestionData data, List<List<string>> responses, string culture)
    {
        switch (data.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                return [.. data.Options.Select(o => new OptionFrequency(o.Text.For(culture), o.Correct, responses.Count(r => r.Contains(o.Id))))];
            case QuestionType.TrueFalse:
                return
                [
                    new OptionFrequency("true", data.TrueFalseAnswer, responses.Count(r => r.Contains("true"))),
                    new OptionFrequency("false", !data.TrueFalseAnswer, responses.Count(r => r.Contains("false"))),
                ];
            case QuestionType.Numeric:
            case QuestionType.ShortText:
                return [.. responses.Where(r => r.Count > 0 && r[0].Trim().Length > 0)
                    .GroupBy(r => TextNormalizer.Normalize(r[0]))
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopTypedAnswers)
                    .Select(g => new OptionFrequency(g.First()[0].Trim(), data.Type == QuestionType.Numeric ? QuestionGrader.IsWithinTolerance(data, g.First()[0]) : QuestionGrader.IsAccepted(data, g.First()[0]), g.Count()))];
            case QuestionType.Ordering:
            case QuestionType.Matching:
                // Per item: how many put it in its right place (ordering) or paired it rightly (matching).
                return [.. data.Options.Select((o, i) => new OptionFrequency(o.Text.For(culture), true, responses.Count(r => data.Type == QuestionType.Ordering
                    ? i < r.Count && r[i] == o.Id
                    : QuestionGrader.Grade(new QuestionData { Type = QuestionType.Matching, Options = data.Options }, [.. r.Where(v => v.StartsWith(o.Id + "=", StringComparison.Ordinal))]).Fraction > 0)))];
            default:
                return [];
        }
    }

    /// <summary>One row per option (a question without options gets one row), UTF-8 with a BOM so spreadsheets read Cyrillic.</summary>
    public static byte[] ToCsv(QuizAnalysis analysis, IStringLocalizer t)
    {
        var text = new StringBuilder();
        CsvText.AppendLine(text, [t["Number"], t["Question id"], t["Type"], t["Question"], t["Attempts"], t["Facility"], t["Discrimination"], t["Blank"], t["Option or answer"], t["Correct"], t["Chosen"], t["Chosen (%)"]]);
        foreach (var item in analysis.Items)
        {
            string[] head =
            [
                Number(item.Number), Number(item.QuestionId), item.Type.ToString(), item.Stem, Number(item.Attempts),
                Decimal(item.Facility), Decimal(item.Discrimination), Number(item.Blank),
            ];
            if (item.Options.Count == 0)
            {
                CsvText.AppendLine(text, [.. head, "", "", "", ""]);
            }

            foreach (var option in item.Options)
            {
                var label = item.Type == QuestionType.TrueFalse ? t[option.Text == "true" ? "True" : "False"].Value : option.Text;
                CsvText.AppendLine(text, [.. head, label, option.Correct ? "1" : "0", Number(option.Count), Decimal(item.Attempts == 0 ? null : Math.Round(100m * option.Count / item.Attempts, 2))]);
            }
        }

        return CsvText.ToUtf8WithBom(text);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The analysis of one quiz: how many graded attempts it rests on, and each question's figures.</summary>
public sealed record QuizAnalysis(int Attempts, IReadOnlyList<ItemStatistics> Items);

/// <summary>One question's figures. Facility and discrimination are null when too few attempts answered it.</summary>
public sealed record ItemStatistics(int Number, long QuestionId, QuestionType Type, string Stem, int Attempts, decimal? Facility, decimal? Discrimination, IReadOnlyList<OptionFrequency> Options, int Blank);

/// <summary>An option (or a typed answer, or an ordering/matching item) and how many attempts chose it (placed or paired it rightly).</summary>
public sealed record OptionFrequency(string Text, bool Correct, int Count);
