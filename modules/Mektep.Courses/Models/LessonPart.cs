using Mektep.Content;

namespace Mektep.Courses.Models;

/// <summary>What makes an item a lesson; the body is the item's Markdown body part.</summary>
public sealed class LessonPart : ContentPart
{
    public const int MaxMinutes = 24 * 60;
    public const int MaxVideoUrlLength = 2048;
    public const int MaxAttachments = 30;

    public int EstimatedMinutes { get; set; }

    public string? VideoUrl { get; set; }

    public LessonCompletionMode CompletionMode { get; set; } = LessonCompletionMode.MarkAsDone;

    /// <summary>Files from the media library offered with the lesson, in display order.</summary>
    public List<LessonAttachment> Attachments { get; set; } = [];
}
