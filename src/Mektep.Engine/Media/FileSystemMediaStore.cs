using System.Globalization;
using System.Text;
using Mektep.Media;

namespace Mektep.Engine.Media;

/// <summary>
/// The media library on the local file system under <see cref="MediaOptions.Root"/>. Every path is checked by
/// name and then by its full path, so nothing is read or written outside the root.
/// </summary>
public sealed class FileSystemMediaStore : IMediaStore
{
    private const string TempPrefix = ".upload-";
    private const int MaxSuffix = 1000;

    private readonly MediaOptions _options;
    private readonly string _root;
    private readonly Func<string, Stream> _createFile;

    public FileSystemMediaStore(MediaOptions options, string contentRoot)
        : this(options, contentRoot, CreateFile)
    {
    }

    /// <summary>With <paramref name="createFile"/> the stream of a temp file can be replaced (tests simulate a full disk).</summary>
    internal FileSystemMediaStore(MediaOptions options, string contentRoot, Func<string, Stream> createFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _createFile = createFile;
        var root = Path.GetFullPath(Path.Combine(contentRoot, options.Root));
        _root = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
    }

    /// <summary>The full path of the root folder, ending with a separator.</summary>
    public string RootPath => _root;

    public Task<MediaListing> ListAsync(string folder, CancellationToken cancellationToken = default)
    {
        var directory = ExistingFolder(folder);
        var folders = Directory.EnumerateDirectories(directory)
            .Select(Path.GetFileName)
            .Where(MediaPaths.IsSafeName)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(name => new MediaFolderInfo(MediaPaths.Combine(folder, name!)))
            .ToList();
        var files = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .Where(MediaPaths.IsSafeName)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(name => GetInfo(MediaPaths.Combine(folder, name!)))
            .OfType<MediaFileInfo>()
            .ToList();
        return Task.FromResult(new MediaListing(folder, folders, files));
    }

    public async Task<MediaFileInfo> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var directory = ExistingFolder(folder);
        var name = NormalizeName(fileName);
        var allowed = _options.AllowedKinds();
        if (allowed.FirstOrDefault(k => string.Equals(k.Extension, Path.GetExtension(name), StringComparison.OrdinalIgnoreCase)) is not { } kind)
        {
            throw new MediaValidationException(MediaError.TypeNotAllowed, "Files of this type are not accepted. Allowed: {0}.", string.Join(", ", allowed.Select(k => k.Extension)));
        }

        var temp = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await CopyCheckedAsync(content, temp, kind.Kind, cancellationToken);
            var path = Disk(() => MoveToFreeName(temp, directory, folder, name));
            return GetInfo(path) ?? throw new MediaStorageException();
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public MediaFileInfo? GetInfo(string path)
    {
        if (Resolve(path) is not { } full || MediaKinds.Find(full) is not { } kind || !MediaPaths.IsSafeName(Path.GetFileName(full)))
        {
            return null;
        }

        var file = new FileInfo(full);
        return file.Exists ? new MediaFileInfo(path, file.Length, kind.ContentType, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)) : null;
    }

    public Stream? OpenRead(string path)
    {
        if (GetInfo(path) is null)
        {
            return null;
        }

        try
        {
            return new FileStream(Resolve(path)!, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (Resolve(path) is not { } full)
        {
            throw InvalidPath();
        }

        if (File.Exists(full))
        {
            File.Delete(full);
            return Task.FromResult(true);
        }

        if (!Directory.Exists(full))
        {
            return Task.FromResult(false);
        }

        if (Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new MediaValidationException(MediaError.FolderNotEmpty, "The folder is not empty: delete its files and folders first.");
        }

        Directory.Delete(full);
        return Task.FromResult(true);
    }

    public Task<string> CreateFolderAsync(string parent, string name, CancellationToken cancellationToken = default)
    {
        var directory = ExistingFolder(parent);
        var normalized = NormalizeName(name);
        var full = Path.Combine(directory, normalized);
        if (Directory.Exists(full) || File.Exists(full))
        {
            throw new MediaValidationException(MediaError.FolderExists, "A folder or file with this name exists already.");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (IOException ex)
        {
            throw new MediaStorageException("The folder could not be created: the server's disk is full or not writable.", ex);
        }

        return Task.FromResult(MediaPaths.Combine(parent, normalized));
    }

    /// <summary>
    /// A name as stored: Unicode-normalised (NFC), trimmed, runs of white space made one dash, the extension in lower
    /// case. Names that are still unsafe (slashes, "..", control characters, reserved device names) are refused, not
    /// repaired, so a hostile name never turns into a surprising one.
    /// </summary>
    public static string NormalizeName(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC).Trim();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                if (builder.Length == 0 || builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        var normalized = builder.ToString();
        var extension = Path.GetExtension(normalized);
        if (extension.Length > 0 && !normalized.Contains('/', StringComparison.Ordinal) && !normalized.Contains('\\', StringComparison.Ordinal))
        {
            normalized = normalized[..^extension.Length] + extension.ToLowerInvariant();
        }

        if (!MediaPaths.IsSafeName(normalized))
        {
            throw new MediaValidationException(MediaError.InvalidName, "The name \"{0}\" is not allowed. Use letters, digits, dashes and dots, without slashes, \"..\" or special characters.", Truncate(name ?? ""));
        }

        return normalized;
    }

    private async Task CopyCheckedAsync(Stream content, string temp, MediaKind kind, CancellationToken cancellationToken)
    {
        var target = Disk(() => _createFile(temp));
        try
        {
            await CopyCheckedAsync(content, target, kind, cancellationToken);
            await DiskAsync(() => target.FlushAsync(cancellationToken));
            await DiskAsync(() => target.DisposeAsync().AsTask());
        }
        finally
        {
            await DisposeQuietlyAsync(target);
        }
    }

    private async Task CopyCheckedAsync(Stream content, Stream target, MediaKind kind, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];

        // The header is read in full before any check: a network stream may hand out fewer bytes than asked.
        var headerLength = 0;
        while (headerLength < MediaKinds.HeaderLength)
        {
            var read = await content.ReadAsync(buffer.AsMemory(headerLength, MediaKinds.HeaderLength - headerLength), cancellationToken);
            if (read == 0)
            {
                break;
            }

            headerLength += read;
        }

        if (headerLength == 0)
        {
            throw new MediaValidationException(MediaError.Empty, "The file is empty.");
        }

        var info = MediaKinds.All.First(k => k.Kind == kind);
        if (!MediaKinds.Matches(kind, buffer.AsSpan(0, headerLength)))
        {
            throw new MediaValidationException(MediaError.ContentMismatch, "The file's content is not a {0} file, although its name ends with {1}. Save it again in that format or fix the extension.", info.Label, info.Extension);
        }

        long total = 0;
        var count = headerLength;
        do
        {
            // Counted as it streams: a client's Content-Length is not trusted.
            total += count;
            if (total > _options.MaxFileBytes)
            {
                throw TooLarge();
            }

            await DiskAsync(() => target.WriteAsync(buffer.AsMemory(0, count), cancellationToken).AsTask());
            count = await content.ReadAsync(buffer, cancellationToken);
        }
        while (count > 0);
    }

    private static async Task DisposeQuietlyAsync(Stream stream)
    {
        try
        {
            await stream.DisposeAsync();
        }
        catch (IOException)
        {
            // Disposing flushes; on a full disk that fails again. The caller already has the real error.
        }
    }

    // Only the writing side is translated into a storage error: an IOException from the posted stream is the
    // client's (a dropped connection, a body over the server's limit) and keeps its own type.
    private static T Disk<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (IOException ex) when (ex is not MediaStorageException)
        {
            throw new MediaStorageException(MediaStorageException.DefaultMessage, ex);
        }
    }

    private static async Task DiskAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (IOException ex) when (ex is not MediaStorageException)
        {
            throw new MediaStorageException(MediaStorageException.DefaultMessage, ex);
        }
    }

    private MediaValidationException TooLarge()
        => new(MediaError.TooLarge, "The file is larger than {0} MB.", (_options.MaxFileBytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture));

    /// <summary>Moves the written temp file to the name, or the first free name with a suffix; never overwrites.</summary>
    private static string MoveToFreeName(string temp, string directory, string folder, string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var i = 0; i < MaxSuffix; i++)
        {
            var candidate = i == 0 ? name : $"{stem}-{i}{extension}";
            var full = Path.Combine(directory, candidate);
            if (File.Exists(full) || Directory.Exists(full))
            {
                continue;
            }

            try
            {
                File.Move(temp, full, overwrite: false);
                return MediaPaths.Combine(folder, candidate);
            }
            catch (IOException) when (File.Exists(full) || Directory.Exists(full))
            {
                // Taken by a concurrent upload between the check and the move: try the next suffix.
            }
        }

        throw new MediaValidationException(MediaError.InvalidName, "Too many files are named \"{0}\". Choose another name.", name);
    }

    private string ExistingFolder(string folder)
    {
        if (folder.Length == 0)
        {
            Directory.CreateDirectory(_root);
            return _root;
        }

        var full = Resolve(folder) ?? throw InvalidPath();
        return Directory.Exists(full) ? full : throw new MediaValidationException(MediaError.FolderNotFound, "The folder does not exist.");
    }

    /// <summary>The full path of a safe library path, or null when the path is unsafe or would leave the root.</summary>
    private string? Resolve(string? path)
    {
        if (!MediaPaths.IsSafe(path))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, path!.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(_root, StringComparison.Ordinal) && full.Length > _root.Length ? full : null;
    }

    private static MediaValidationException InvalidPath()
        => new(MediaError.InvalidName, "The path is not allowed.");

    private static Stream CreateFile(string path)
        => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The disk is in trouble already; the temp name is hidden from listings and never served.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static string Truncate(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
