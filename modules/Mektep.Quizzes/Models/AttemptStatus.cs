namespace Mektep.Quizzes.Models;

public enum AttemptStatus
{
    InProgress,

    /// <summary>Submitted; an essay waits for an editor.</summary>
    AwaitingGrading,

    Graded,
}
