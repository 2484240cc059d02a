using Mektep.Content;

namespace Mektep.Courses.Indexes;

/// <summary>One row per indexed course version, so the catalogue filters by level, tag and culture in SQL.</summary>
public sealed class CourseIndex : ContentIndex
{
    public string Title { get; set; } = "";

    public string Level { get; set; } = "";

    public bool SelfEnrollment { get; set; }

    /// <summary>Lower-cased tags between bars (<c>|budget|land|</c>), so one tag matches exactly.</summary>
    public string Tags { get; set; } = "";

    public static string TagToken(string tag) => "|" + tag.Trim().ToLowerInvariant() + "|";
}
