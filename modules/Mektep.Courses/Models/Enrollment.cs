namespace Mektep.Courses.Models;

/// <summary>A learner's place in a course. One row per learner and course localization set; unenrolling keeps it.</summary>
public sealed class Enrollment
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string CourseSet { get; set; } = "";

    public DateTime EnrolledUtc { get; set; }

    /// <summary>How the learner got here: Self, Admin, Cohort, Region, Csv.</summary>
    public string Source { get; set; } = EnrollmentSources.Self;

    public EnrollmentStatus Status { get; set; } = EnrollmentStatus.Active;

    public DateTime? UnenrolledUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }

    /// <summary>A due date for this learner only (an extension), replacing the course's.</summary>
    public DateTime? DueUtcOverride { get; set; }
}
