namespace Mektep.Content.Fields;

/// <summary>References to files in the media library.</summary>
public sealed class MediaField : ContentField
{
    /// <summary>Media paths, in display order.</summary>
    public string[] Paths { get; set; } = [];

    /// <summary>Alternative text of each path (same order), for accessibility.</summary>
    public string[] AlternativeTexts { get; set; } = [];
}
