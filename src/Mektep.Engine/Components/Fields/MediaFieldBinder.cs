using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Mektep.Media;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

/// <summary>One line per file: <c>path</c> or <c>path | alternative text</c>; every path must exist in the library.</summary>
public sealed class MediaFieldBinder(IMediaStore store) : IFieldBinder
{
    public const int MaxPaths = 100;
    public const int MaxAlternativeTextLength = 300;

    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var lines = FieldSettings.Lines(form[name].ToString()).Select(Split).ToArray();
        var paths = lines.Select(l => l.Path).ToArray();
        if (definition.Required && paths.Length == 0)
        {
            errors[name] = "This field is required.";
        }
        else if (paths.Length > MaxPaths)
        {
            errors[name] = "Too many files.";
        }
        else if (!paths.All(IsSafe) || lines.Any(l => l.Alt.Length > MaxAlternativeTextLength))
        {
            errors[name] = "Media paths are relative paths in the media library, without \"..\" or an address scheme.";
        }
        else if (!paths.All(p => store.GetInfo(p) is not null))
        {
            errors[name] = "Some of the files are not in the media library. Upload them first, then copy their path from the library.";
        }

        return Task.FromResult<ContentField>(new MediaField { Paths = paths, AlternativeTexts = [.. lines.Select(l => l.Alt)] });
    }

    /// <summary>How a field's value is written back into its text area.</summary>
    public static string Format(MediaField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return string.Join("\n", field.Paths.Select((path, i) => field.AlternativeTexts.ElementAtOrDefault(i) is { Length: > 0 } alt ? $"{path} | {alt}" : path));
    }

    public static bool IsSafe(string path) => MediaPaths.IsSafe(path);

    private static (string Path, string Alt) Split(string line)
    {
        var bar = line.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (line, "") : (line[..bar].Trim(), line[(bar + 1)..].Trim());
    }
}
