using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class MediaFieldBinder : IFieldBinder
{
    public const int MaxPaths = 100;

    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var paths = FieldSettings.Lines(form[name].ToString());
        if (definition.Required && paths.Length == 0)
        {
            errors[name] = "This field is required.";
        }
        else if (paths.Length > MaxPaths)
        {
            errors[name] = "Too many files.";
        }
        else if (!paths.All(IsSafe))
        {
            errors[name] = "Media paths are relative paths in the media library, without \"..\" or an address scheme.";
        }

        return Task.FromResult<ContentField>(new MediaField { Paths = paths, AlternativeTexts = [.. paths.Select(_ => "")] });
    }

    public static bool IsSafe(string path)
        => path.Length <= 1024
            && !path.StartsWith('/')
            && !path.StartsWith('\\')
            && !path.Contains(':', StringComparison.Ordinal)
            && !path.Any(char.IsControl)
            && !path.Split('/', '\\').Any(segment => segment is ".." or ".");
}
