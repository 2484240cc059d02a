namespace Mektep.Media;

/// <summary>Limits of the media library, bound from the configuration section <c>Media</c>.</summary>
public sealed class MediaOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Media";

    /// <summary>
    /// Folder that holds the files; relative to the content root. Default <c>App_Data/media</c>. On several web nodes
    /// this must be a shared volume.
    /// </summary>
    public string Root { get; set; } = Path.Combine("App_Data", "media");

    /// <summary>Largest file accepted, in bytes. Default 20 MB.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// Extensions accepted for upload (with the dot), a subset of <see cref="MediaKinds.All"/>; unknown extensions are
    /// ignored. Default: every known type (PDF, DOCX, XLSX, PNG, JPEG, WebP, GIF).
    /// </summary>
    public IList<string> AllowedExtensions { get; } = [];

    /// <summary>The known types an upload may have: <see cref="AllowedExtensions"/>, or all known types when empty.</summary>
    public IReadOnlyList<MediaKindInfo> AllowedKinds()
        => AllowedExtensions.Count == 0
            ? MediaKinds.All
            : [.. MediaKinds.All.Where(k => AllowedExtensions.Contains(k.Extension, StringComparer.OrdinalIgnoreCase))];
}
