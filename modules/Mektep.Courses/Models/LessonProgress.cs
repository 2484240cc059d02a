namespace Mektep.Courses.Models;

/// <summary>A learner's progress in one lesson localization set: one row, however often it is viewed or posted.</summary>
public sealed class LessonProgress
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string LessonSet { get; set; } = "";

    public string CourseSet { get; set; } = "";

    public DateTime FirstViewedUtc { get; set; }

    public DateTime LastViewedUtc { get; set; }

    public DateTime? DoneUtc { get; set; }

    public int SecondsSpent { get; set; }
}
