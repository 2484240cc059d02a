namespace Mektep.Media;

/// <summary>A stored file of the media library.</summary>
/// <param name="Path">Relative path inside the library, with <c>/</c> separators (<c>courses/cover.jpg</c>).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="ContentType">MIME type derived from the extension (<c>application/pdf</c>).</param>
/// <param name="ModifiedUtc">When the file was written.</param>
public sealed record MediaFileInfo(string Path, long Size, string ContentType, DateTimeOffset ModifiedUtc)
{
    /// <summary>The last path segment.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The public address of the file: <c>/media/</c> followed by the escaped path.</summary>
    public string Url => MediaPaths.Url(Path);

    /// <summary>The kind of file (PDF, Word document, image...), from the extension.</summary>
    public MediaKind? Kind => MediaKinds.Find(Path)?.Kind;
}

/// <summary>A folder of the media library.</summary>
/// <param name="Path">Relative path, "" for the root.</param>
public sealed record MediaFolderInfo(string Path)
{
    /// <summary>The last path segment ("" for the root).</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
}

/// <summary>What one folder holds.</summary>
public sealed record MediaListing(string Folder, IReadOnlyList<MediaFolderInfo> Folders, IReadOnlyList<MediaFileInfo> Files);
