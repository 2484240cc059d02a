using System.Text.Json.Serialization;

namespace Mektep.Content;

/// <summary>
/// Base of every part: a reusable slice of content (a title, a Markdown body, course settings) stored inside
/// the item's JSON under the part's name. Parts are data only.
/// </summary>
public abstract class ContentPart
{
    /// <summary>The text the part contributes to full-text search, if any.</summary>
    [JsonIgnore]
    public virtual string? SearchText => null;
}

/// <summary>A part with no code of its own; used for the type-named part that holds an editor's added fields.</summary>
public sealed class ContentFieldsPart : ContentPart
{
}
