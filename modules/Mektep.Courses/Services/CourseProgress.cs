namespace Mektep.Courses.Services;

/// <summary>A learner's standing in a course, computed from the outline and the progress rows.</summary>
/// <param name="Percent">Required lessons done, 0-100.</param>
/// <param name="LastActivityUtc">The last view or done of any of the course's lessons.</param>
/// <param name="ResumeSet">The lesson set to continue with: the first required one not done, else the last viewed.</param>
/// <param name="Done">Lesson sets done.</param>
/// <param name="Viewed">Lesson sets viewed (done or not).</param>
public sealed record CourseProgress(int Percent, DateTime? LastActivityUtc, string? ResumeSet, IReadOnlySet<string> Done, IReadOnlySet<string> Viewed)
{
    public static readonly CourseProgress None = new(0, null, null, new HashSet<string>(), new HashSet<string>());
}
