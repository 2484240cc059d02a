using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Grading;

/// <summary>The grade for a quiz from a learner's graded attempts, by the quiz's grading method.</summary>
public static class QuizGrade
{
    /// <summary>The grade from each graded attempt's percent, in attempt order; null before any is graded.</summary>
    public static decimal? Of(GradingMethod method, IReadOnlyList<decimal> percents)
    {
        if (percents.Count == 0)
        {
            return null;
        }

        return method switch
        {
            GradingMethod.Latest => percents[^1],
            GradingMethod.First => percents[0],
            GradingMethod.Average => Math.Round(percents.Average(), 2),
            _ => percents.Max(),
        };
    }

    public static decimal Percent(decimal score, decimal max) => max <= 0 ? 0 : Math.Round(100m * score / max, 2);
}
