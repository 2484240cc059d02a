using System.Text.Json.Nodes;
using Mektep.Content;

namespace Mektep.Courses.Models;

/// <summary>
/// Reads the Markdown body part (owned by Mektep.Markdown) by its stored shape, so this module needs only
/// the abstractions.
/// </summary>
public sealed class MarkdownBody : ContentPart
{
    public string Markdown { get; set; } = "";

    /// <summary>
    /// The body's Markdown. Read straight from the stored node when it has the declared shape: every lesson view asks,
    /// and deserializing the part to read one string cost a tenth of the page's time in a profile of the lesson bench.
    /// </summary>
    public static string Of(ContentItem item)
        => item.Content[CourseTypes.MarkdownBodyPart] is JsonObject part && part[nameof(Markdown)] is JsonValue value && value.TryGetValue<string>(out var markdown)
            ? markdown
            : item.As<MarkdownBody>(CourseTypes.MarkdownBodyPart).Markdown ?? "";

    public static void Set(ContentItem item, string markdown) => item.Apply(CourseTypes.MarkdownBodyPart, new MarkdownBody { Markdown = markdown });
}
