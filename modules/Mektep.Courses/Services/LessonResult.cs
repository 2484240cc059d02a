namespace Mektep.Courses.Services;

/// <summary>What happened to a learner's "done" or view of a lesson.</summary>
public enum LessonResult
{
    /// <summary>Recorded (or already recorded: a repeat counts once).</summary>
    Recorded,

    /// <summary>The learner is not enrolled (or no longer) in the course.</summary>
    NotEnrolled,

    /// <summary>The lesson is not part of the course.</summary>
    NotInCourse,
}
