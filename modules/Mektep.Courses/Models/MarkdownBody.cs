using Mektep.Content;

namespace Mektep.Courses.Models;

/// <summary>
/// Reads the Markdown body part (owned by Mektep.Markdown) by its stored shape, so this module needs only
/// the abstractions.
/// </summary>
public sealed class MarkdownBody : ContentPart
{
    public string Markdown { get; set; } = "";

    public static string Of(ContentItem item) => item.As<MarkdownBody>(CourseTypes.MarkdownBodyPart).Markdown ?? "";

    public static void Set(ContentItem item, string markdown) => item.Apply(CourseTypes.MarkdownBodyPart, new MarkdownBody { Markdown = markdown });
}
