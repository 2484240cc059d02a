using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Mektep.Media;
using Mektep.Pages.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Pages.Editors;

/// <summary>Keeps a cover only when it is an image of the media library.</summary>
public sealed class CoverImagePartBinder(IStringLocalizer<CoverImagePartBinder> t, IMediaStore media) : IPartEditorBinder
{
    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var part = item.As<CoverImagePart>(definition.Name);
        var pathKey = $"{prefix}.{nameof(CoverImagePart.Path)}";
        var path = form[pathKey].ToString().Trim();
        part.Path = path.Length == 0 ? null : path;
        if (path.Length > 0 && (!MediaPaths.IsSafe(path) || media.GetInfo(path) is null || MediaKinds.Find(path) is not { IsImage: true }))
        {
            errors[pathKey] = t["Enter the path of an image in the media library, e.g. news/launch.jpg."];
        }

        var altKey = $"{prefix}.{nameof(CoverImagePart.Alt)}";
        part.Alt = form[altKey].ToString().Trim();
        if (part.Alt.Length > CoverImagePart.MaxAltLength)
        {
            errors[altKey] = t["The description is too long: at most {0} characters.", CoverImagePart.MaxAltLength];
        }

        item.Apply(definition.Name, part);
    }
}
