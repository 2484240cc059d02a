using Mektep.Content;

namespace Mektep.Courses.Models;

/// <summary>What makes an item a lesson; the body is the item's Markdown body part.</summary>
public sealed class LessonPart : ContentPart
{
    public const int MaxMinutes = 24 * 60;
    public const int MaxVideoUrlLength = 2048;

    public int EstimatedMinutes { get; set; }

    public string? VideoUrl { get; set; }

    public LessonCompletionMode CompletionMode { get; set; } = LessonCompletionMode.MarkAsDone;
}
