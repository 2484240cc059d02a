namespace Mektep.Courses.Models;

public enum LessonCompletionMode
{
    /// <summary>The learner presses "Mark as done".</summary>
    MarkAsDone,

    /// <summary>Opening the lesson as an enrolled learner is enough.</summary>
    DoneOnView,
}
