using Mektep.Content;

namespace Mektep.Pages.Models;

/// <summary>An image from the media library shown at the top of a page or news article and on its card.</summary>
public sealed class CoverImagePart : ContentPart
{
    public const int MaxAltLength = 300;

    /// <summary>Media library path of the image, or null for none.</summary>
    public string? Path { get; set; }

    /// <summary>What the image shows, for people who cannot see it; empty for a decorative image.</summary>
    public string Alt { get; set; } = "";
}
