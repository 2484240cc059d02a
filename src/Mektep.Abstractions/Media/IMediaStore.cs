namespace Mektep.Media;

/// <summary>
/// The media library: files editors upload (course covers, lesson attachments) under folders, addressed by a
/// relative path such as <c>courses/cover.jpg</c> and served publicly at <c>/media/{path}</c>.
/// </summary>
/// <remarks>
/// Paths use <c>/</c> between segments, never start with <c>/</c> and never contain <c>..</c>; an unsafe path is
/// treated as missing by reads and refused with <see cref="MediaValidationException"/> by writes.
/// </remarks>
public interface IMediaStore
{
    /// <summary>The sub-folders and files directly inside <paramref name="folder"/> ("" for the root), sorted by name.</summary>
    /// <exception cref="MediaValidationException">The folder path is unsafe or does not exist.</exception>
    Task<MediaListing> ListAsync(string folder, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="content"/> as a new file in <paramref name="folder"/>. The name is normalised; when it is
    /// taken, a suffix (<c>report-1.pdf</c>) is added, so nothing is ever overwritten. The size limit is enforced while
    /// reading, the content's first bytes must match its extension, and nothing is left behind on failure.
    /// </summary>
    /// <returns>The stored file, whose <see cref="MediaFileInfo.Path"/> may differ from the name asked for.</returns>
    /// <exception cref="MediaValidationException">Bad name, type not allowed, content not matching the type, too large.</exception>
    /// <exception cref="MediaStorageException">The disk refused the write (full, read-only); nothing was kept.</exception>
    Task<MediaFileInfo> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The file at <paramref name="path"/>, or null when it is missing or the path is unsafe.</summary>
    MediaFileInfo? GetInfo(string path);

    /// <summary>A read stream of the file (caller disposes), or null when it is missing or the path is unsafe.</summary>
    Stream? OpenRead(string path);

    /// <summary>Deletes a file, or an empty folder. False when there was nothing to delete.</summary>
    /// <exception cref="MediaValidationException">The path is unsafe, or the folder is not empty.</exception>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Creates the folder <paramref name="name"/> inside <paramref name="parent"/> and returns its path.</summary>
    /// <exception cref="MediaValidationException">Bad name, unsafe or missing parent.</exception>
    Task<string> CreateFolderAsync(string parent, string name, CancellationToken cancellationToken = default);
}
