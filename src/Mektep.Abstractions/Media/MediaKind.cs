namespace Mektep.Media;

/// <summary>The kinds of file the media library knows how to check and serve.</summary>
public enum MediaKind
{
    /// <summary>A PDF document (<c>.pdf</c>).</summary>
    Pdf,

    /// <summary>A Word document (<c>.docx</c>).</summary>
    Docx,

    /// <summary>An Excel workbook (<c>.xlsx</c>).</summary>
    Xlsx,

    /// <summary>A PNG image.</summary>
    Png,

    /// <summary>A JPEG image (<c>.jpg</c>, <c>.jpeg</c>).</summary>
    Jpeg,

    /// <summary>A WebP image.</summary>
    WebP,

    /// <summary>A GIF image.</summary>
    Gif,
}
