using Mektep.Learning;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>A quiz in a course outline is fulfilled when the learner's quiz grade reaches its pass mark.</summary>
public sealed class QuizRequirementProvider(DbContext db, QuizLoader quizzes) : ICourseRequirementProvider
{
    public string ContentType => QuizTypes.Quiz;

    public async Task<bool> IsFulfilledAsync(string userId, string courseSet, string itemSet, CancellationToken cancellationToken = default)
    {
        var percents = await db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.UserId == userId && a.QuizSet == itemSet && a.Status == AttemptStatus.Graded && a.Percent != null)
            .OrderBy(a => a.Number)
            .Select(a => a.Percent!.Value)
            .ToListAsync(cancellationToken);
        if (percents.Count == 0)
        {
            return false;
        }

        var quiz = await quizzes.PublishedInSetAsync(itemSet, cancellationToken: cancellationToken);
        if (quiz is null)
        {
            return false;
        }

        var part = quiz.As<QuizPart>();
        return QuizGrade.Of(part.GradingMethod, percents) is { } grade && grade >= part.PassMarkPercent;
    }
}
