using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Courses.Models;
using Mektep.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Courses.Editors;

public sealed class LessonPartBinder(IStringLocalizer<LessonPartBinder> t) : IPartEditorBinder
{
    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var part = item.As<LessonPart>(definition.Name);
        var minutesKey = $"{prefix}.{nameof(LessonPart.EstimatedMinutes)}";
        part.EstimatedMinutes = FormValues.Int(form, minutesKey, LessonPart.MaxMinutes, errors, t["Enter a whole number of minutes from 0 to {0}.", LessonPart.MaxMinutes]) ?? part.EstimatedMinutes;

        var videoKey = $"{prefix}.{nameof(LessonPart.VideoUrl)}";
        var video = form[videoKey].ToString().Trim();
        part.VideoUrl = video.Length == 0 ? null : video;
        if (video.Length > 0 && !IsWebUrl(video))
        {
            errors[videoKey] = t["Enter a web address starting with http:// or https://."];
        }

        var modeKey = $"{prefix}.{nameof(LessonPart.CompletionMode)}";
        if (Enum.TryParse<LessonCompletionMode>(form[modeKey].ToString(), out var mode) && Enum.IsDefined(mode))
        {
            part.CompletionMode = mode;
        }
        else
        {
            errors[modeKey] = t["Choose how the lesson is completed."];
        }

        item.Apply(definition.Name, part);
    }

    public static bool IsWebUrl(string? url)
        => url is { Length: > 0 and <= LessonPart.MaxVideoUrlLength }
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);
}
