namespace Mektep.Quizzes.Models;

/// <summary>Which attempts make a learner's grade for the quiz.</summary>
public enum GradingMethod
{
    Highest,
    Latest,
    First,
    Average,
}
