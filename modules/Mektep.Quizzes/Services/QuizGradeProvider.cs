using Mektep.Learning;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>A learner's grade on a quiz, by the quiz's grading method over their graded attempts (keyed by user, then quiz set).</summary>
public sealed class QuizGradeProvider(DbContext db, QuizLoader quizzes) : ICourseGradeProvider
{
    public string ContentType => QuizTypes.Quiz;

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> GetGradesAsync(IReadOnlyCollection<string> userIds, IReadOnlyCollection<string> itemSets, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var itemSet in itemSets.Distinct(StringComparer.Ordinal))
        {
            var quiz = await quizzes.PublishedInSetAsync(itemSet, cancellationToken: cancellationToken);
            if (quiz is null)
            {
                continue;
            }

            var method = quiz.As<QuizPart>().GradingMethod;
            foreach (var chunk in userIds.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                var attempts = await db.Set<QuizAttempt>().AsNoTracking()
                    .Where(a => chunk.Contains(a.UserId) && a.QuizSet == itemSet && a.Status == AttemptStatus.Graded && a.Percent != null)
                    .OrderBy(a => a.Number)
                    .Select(a => new { a.UserId, Percent = a.Percent!.Value })
                    .ToListAsync(cancellationToken);
                foreach (var user in attempts.GroupBy(a => a.UserId))
                {
                    if (QuizGrade.Of(method, [.. user.Select(a => a.Percent)]) is { } grade)
                    {
                        if (!result.TryGetValue(user.Key, out var grades))
                        {
                            grades = result[user.Key] = new Dictionary<string, decimal>(StringComparer.Ordinal);
                        }

                        grades[itemSet] = grade;
                    }
                }
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, decimal>)p.Value, StringComparer.Ordinal);
    }
}
