using Mektep.Media;

namespace Mektep.Tests.Infrastructure;

/// <summary>A media library that holds the given paths (1 KB each) and nothing else; for binder tests.</summary>
internal sealed class StubMediaStore(params string[] paths) : IMediaStore
{
    public MediaFileInfo? GetInfo(string path)
        => paths.Contains(path, StringComparer.Ordinal) && MediaKinds.Find(path) is { } kind
            ? new MediaFileInfo(path, 1024, kind.ContentType, DateTimeOffset.UnixEpoch)
            : null;

    public Task<MediaListing> ListAsync(string folder, CancellationToken cancellationToken = default)
        => Task.FromResult(new MediaListing(folder, [], [.. paths.Where(p => MediaPaths.Parent(p) == folder).Select(p => GetInfo(p)!)]));

    public Task<MediaFileInfo> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default)
        => throw new NotSupportedException();

    public Stream? OpenRead(string path) => null;

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<string> CreateFolderAsync(string parent, string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
