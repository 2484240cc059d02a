namespace Mektep.Quizzes.Models;

public enum ToleranceKind
{
    /// <summary>The answer may differ from the expected value by the tolerance itself.</summary>
    Absolute,

    /// <summary>The answer may differ by a fraction of the expected value (0.05 = 5%).</summary>
    Relative,
}
