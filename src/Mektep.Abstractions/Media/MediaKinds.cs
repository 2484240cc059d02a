namespace Mektep.Media;

/// <summary>
/// The known file types: extension, content type, label and the signature their content starts with.
/// SVG is deliberately absent: an SVG file can carry script, and served from the site's own origin it would run
/// with the site's cookies the moment someone opens its URL. Covers and attachments do not need vector images.
/// </summary>
public static class MediaKinds
{
    /// <summary>Every known type, one entry per extension.</summary>
    public static readonly IReadOnlyList<MediaKindInfo> All =
    [
        new(MediaKind.Pdf, ".pdf", "application/pdf", "PDF", IsImage: false),
        new(MediaKind.Docx, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", IsImage: false),
        new(MediaKind.Xlsx, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", IsImage: false),
        new(MediaKind.Png, ".png", "image/png", "PNG", IsImage: true),
        new(MediaKind.Jpeg, ".jpg", "image/jpeg", "JPEG", IsImage: true),
        new(MediaKind.Jpeg, ".jpeg", "image/jpeg", "JPEG", IsImage: true),
        new(MediaKind.WebP, ".webp", "image/webp", "WebP", IsImage: true),
        new(MediaKind.Gif, ".gif", "image/gif", "GIF", IsImage: true),
    ];

    /// <summary>The type of a file name or path by its extension (case-insensitive), or null when unknown.</summary>
    public static MediaKindInfo? Find(string? pathOrName)
    {
        var extension = Path.GetExtension(pathOrName);
        return string.IsNullOrEmpty(extension) ? null : All.FirstOrDefault(k => string.Equals(k.Extension, extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when <paramref name="header"/> (the first bytes of the content) is what a file of <paramref name="kind"/>
    /// starts with. DOCX and XLSX are zip packages, so only the zip signature is checked.
    /// </summary>
    public static bool Matches(MediaKind kind, ReadOnlySpan<byte> header) => kind switch
    {
        MediaKind.Pdf => header.StartsWith("%PDF-"u8),
        MediaKind.Docx or MediaKind.Xlsx => header.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]),
        MediaKind.Png => header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        MediaKind.Jpeg => header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        MediaKind.Gif => header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8),
        MediaKind.WebP => header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8),
        _ => false,
    };

    /// <summary>How many leading bytes <see cref="Matches"/> needs.</summary>
    public const int HeaderLength = 12;
}

/// <summary>One known file type.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Extension">Lower-case extension with the dot.</param>
/// <param name="ContentType">The MIME type files are served with.</param>
/// <param name="Label">A short label shown to people ("PDF").</param>
/// <param name="IsImage">Whether browsers show it inline as an image (documents are downloaded as attachments).</param>
public sealed record MediaKindInfo(MediaKind Kind, string Extension, string ContentType, string Label, bool IsImage);
