using Mektep.Media;
using Mektep.Recipes;

namespace Mektep.Engine.Recipes;

/// <summary>
/// <c>{"Step": "media", "Files": [{"Path": "courses/budget/cover.png", "Data": "base64..."}]}</c>: files for the media
/// library, checked against the site's types, size limit and content signatures. A file whose path exists is kept.
/// </summary>
internal sealed class MediaRecipeStep(IMediaStore store, MediaOptions options) : IRecipeStep
{
    public string Name => "media";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var files = context.Read<List<FileEntry>>("Files");
        if (files is null)
        {
            context.Problem("Files", "is missing: list the files with Path and Data (base64).");
            return Task.CompletedTask;
        }

        var allowed = options.AllowedKinds();
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < files.Count; i++)
        {
            var path = $"Files[{i}]";
            var file = files[i];
            if (!MediaPaths.IsSafe(file.Path) || file.Path!.Split('/').Any(s => !MediaPaths.IsSafeName(s)))
            {
                context.Problem(path + ".Path", $"'{file.Path}' is not a safe media path (folders and a file name, no '..').");
                continue;
            }

            if (!paths.Add(file.Path))
            {
                context.Problem(path + ".Path", $"'{file.Path}' appears twice.");
            }

            var kind = MediaKinds.Find(file.Path);
            if (kind is null || !allowed.Contains(kind))
            {
                context.Problem(path + ".Path", $"files of this type are not accepted (allowed: {string.Join(", ", allowed.Select(k => k.Extension))}).");
                continue;
            }

            if (Decode(file.Data) is not { } bytes)
            {
                context.Problem(path + ".Data", "is not base64.");
            }
            else if (bytes.Length > options.MaxFileBytes)
            {
                context.Problem(path + ".Data", $"is {bytes.Length} bytes, over the site's limit of {options.MaxFileBytes}.");
            }
            else if (!MediaKinds.Matches(kind.Kind, bytes))
            {
                context.Problem(path + ".Data", $"does not look like a {kind.Extension} file.");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var files = context.Read<List<FileEntry>>("Files")!;
        int written = 0, kept = 0;
        foreach (var file in files)
        {
            if (store.GetInfo(file.Path!) is not null)
            {
                kept++;
                continue;
            }

            var folder = await EnsureFolderAsync(MediaPaths.Parent(file.Path!), cancellationToken);
            await using var stream = new MemoryStream(Decode(file.Data)!);
            var saved = await store.SaveAsync(folder, file.Path![(file.Path!.LastIndexOf('/') + 1)..], stream, cancellationToken);
            if (!string.Equals(saved.Path, file.Path, StringComparison.Ordinal))
            {
                throw new RecipeException($"Media file '{file.Path}' was stored as '{saved.Path}'.");
            }

            written++;
        }

        context.Plan.Summary.Add($"Media: {written} files written, {kept} already there.");
    }

    private async Task<string> EnsureFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var current = "";
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = MediaPaths.Combine(current, segment);
            var listing = await store.ListAsync(current, cancellationToken);
            if (!listing.Folders.Any(f => string.Equals(f.Path, next, StringComparison.Ordinal)))
            {
                await store.CreateFolderAsync(current, segment, cancellationToken);
            }

            current = next;
        }

        return current;
    }

    private static byte[]? Decode(string? data)
    {
        try
        {
            return data is null ? null : Convert.FromBase64String(data);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed class FileEntry
    {
        public string? Path { get; set; }

        public string? Data { get; set; }
    }
}
