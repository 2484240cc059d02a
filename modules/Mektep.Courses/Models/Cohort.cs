namespace Mektep.Courses.Models;

/// <summary>A group of learners who study together between two dates, optionally for some courses.</summary>
public sealed class Cohort
{
    public const int MaxNameLength = 256;
    public const int MaxCourses = 20;

    public long Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    /// <summary>Course localization sets the cohort is for, separated by spaces; members are enrolled in them.</summary>
    public string CourseSets { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public IReadOnlyList<string> CourseSetList => CourseSets.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
