namespace Mektep.Courses.Models;

public enum CompletionRule
{
    /// <summary>Every required lesson is done.</summary>
    AllRequiredLessons,

    /// <summary>Every required lesson is done and every required quiz (or other item) is fulfilled.</summary>
    AllRequiredLessonsAndQuizzes,
}
