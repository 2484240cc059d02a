using System.Text.Json.Serialization;

namespace Mektep.Content;

/// <summary>Base of every field: a named value an editor adds to a content type in the admin.</summary>
public abstract class ContentField
{
    /// <summary>The JSON key that records a stored field's type.</summary>
    public const string TypeKey = "$field";

    /// <summary>The text the field contributes to full-text search, if any.</summary>
    [JsonIgnore]
    public virtual string? SearchText => null;
}
