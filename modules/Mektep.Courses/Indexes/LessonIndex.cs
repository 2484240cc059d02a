using Mektep.Content;

namespace Mektep.Courses.Indexes;

/// <summary>One row per indexed lesson version: an outline finds each lesson's translation in one query.</summary>
public sealed class LessonIndex : ContentIndex
{
    public string Title { get; set; } = "";

    public int EstimatedMinutes { get; set; }
}
