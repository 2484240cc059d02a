using Mektep.Content;
using Mektep.Learning;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>Quizzes and learners' standings in them for other modules (reminders, calendars).</summary>
public sealed class QuizRecords(DbContext db, IContentManager content) : IQuizRecords
{
    public string ContentType => QuizTypes.Quiz;

    public async Task<IReadOnlyDictionary<string, QuizSummary>> DescribeAsync(IReadOnlyCollection<string> quizSets, string culture, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, QuizSummary>(StringComparer.Ordinal);
        foreach (var set in quizSets.Distinct(StringComparer.Ordinal))
        {
            var quiz = await PublishedAsync(set, culture, cancellationToken);
            if (quiz is not null)
            {
                var part = quiz.As<QuizPart>();
                result[set] = new QuizSummary(new LearningItemLink(set, quiz.DisplayText, $"/quizzes/{quiz.ContentItemId}"), part.ClosesUtc, part.AttemptsAllowed);
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<QuizStandingSummary>> StandingsAsync(IReadOnlyCollection<string> quizSets, IReadOnlyCollection<string>? userIds, CancellationToken cancellationToken = default)
    {
        var sets = quizSets.Distinct(StringComparer.Ordinal).ToList();
        var users = userIds?.Distinct(StringComparer.Ordinal).ToList();
        if (sets.Count == 0 || users is { Count: 0 })
        {
            return [];
        }

        var query = db.Set<QuizAttempt>().AsNoTracking().Where(a => sets.Contains(a.QuizSet));
        if (users is not null)
        {
            query = query.Where(a => users.Contains(a.UserId));
        }

        var attempts = await query
            .Select(a => new { a.UserId, a.QuizSet, a.Number, a.Status, a.Percent })
            .ToListAsync(cancellationToken);
        var result = new List<QuizStandingSummary>();
        foreach (var quizGroup in attempts.GroupBy(a => a.QuizSet, StringComparer.Ordinal))
        {
            var quiz = await PublishedAsync(quizGroup.Key, null, cancellationToken);
            if (quiz is null)
            {
                continue;
            }

            var part = quiz.As<QuizPart>();
            foreach (var mine in quizGroup.GroupBy(a => a.UserId, StringComparer.Ordinal))
            {
                var ordered = mine.OrderBy(a => a.Number).ToList();
                var graded = ordered.Where(a => a.Status == AttemptStatus.Graded && a.Percent is not null).ToList();
                var grade = graded.Count == 0 ? null : QuizGrade.Of(part.GradingMethod, [.. graded.Select(a => a.Percent!.Value)]);
                var last = graded.LastOrDefault();
                result.Add(new QuizStandingSummary(
                    mine.Key,
                    quizGroup.Key,
                    ordered.Count,
                    part.AttemptsAllowed == 0 ? null : Math.Max(0, part.AttemptsAllowed - ordered.Count),
                    grade is { } g && g >= part.PassMarkPercent,
                    ordered.Any(a => a.Status == AttemptStatus.InProgress),
                    last?.Number,
                    last?.Percent is { } p && p >= part.PassMarkPercent,
                    last?.Percent));
            }
        }

        return result;
    }

    private async Task<ContentItem?> PublishedAsync(string quizSet, string? culture, CancellationToken cancellationToken)
    {
        var items = (await content.GetTranslationsAsync(quizSet, VersionOptions.Published, cancellationToken))
            .Where(i => i.ContentType == QuizTypes.Quiz && i.Published).ToList();
        return items.FirstOrDefault(i => i.Culture == culture) ?? items.FirstOrDefault();
    }
}
