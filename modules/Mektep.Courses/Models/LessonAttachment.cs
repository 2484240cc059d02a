namespace Mektep.Courses.Models;

/// <summary>A file of the media library offered with a lesson.</summary>
public sealed class LessonAttachment
{
    public const int MaxTitleLength = 200;

    /// <summary>Media library path, e.g. <c>lessons/budget-2026.pdf</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>What the link says; the file name when empty.</summary>
    public string Title { get; set; } = "";
}
