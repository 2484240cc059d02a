namespace Mektep.Quizzes.Grading;

/// <summary>How much of a question's marks an answer earns, as a fraction from 0 to 1.</summary>
/// <param name="Fraction">0 (nothing) to 1 (full marks).</param>
/// <param name="NeedsManualGrading">An essay: an editor decides the fraction later.</param>
public sealed record GradeResult(decimal Fraction, bool NeedsManualGrading = false)
{
    public static readonly GradeResult Wrong = new(0m);
    public static readonly GradeResult Right = new(1m);
    public static readonly GradeResult Manual = new(0m, NeedsManualGrading: true);
}
