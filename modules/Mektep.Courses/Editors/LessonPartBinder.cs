using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Courses.Models;
using Mektep.Display;
using Mektep.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Courses.Editors;

public sealed class LessonPartBinder(IStringLocalizer<LessonPartBinder> t, IMediaStore media) : IPartEditorBinder
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

        BindAttachments(part, form, prefix, errors);
        item.Apply(definition.Name, part);
    }

    /// <summary>The attachments as the editor's text area shows them: <c>path | title</c>, one per line.</summary>
    public static string AttachmentLines(LessonPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return string.Join("\n", part.Attachments.Select(a => a.Title.Length == 0 ? a.Path : $"{a.Path} | {a.Title}"));
    }

    private void BindAttachments(LessonPart part, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        var key = $"{prefix}.{nameof(LessonPart.Attachments)}";
        part.Attachments = [.. form[key].ToString().Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(pieces => new LessonAttachment { Path = pieces[0], Title = pieces.Length > 1 ? pieces[1] : "" })];
        if (part.Attachments.Count > LessonPart.MaxAttachments || part.Attachments.Any(a => a.Title.Length > LessonAttachment.MaxTitleLength))
        {
            errors[key] = t["At most {0} attachments, with titles of up to {1} characters.", LessonPart.MaxAttachments, LessonAttachment.MaxTitleLength];
        }
        else if (part.Attachments.FirstOrDefault(a => media.GetInfo(a.Path) is null) is { } missing)
        {
            errors[key] = t["{0} is not in the media library. Upload it first, then copy its path from the library.", missing.Path];
        }
    }

    public static bool IsWebUrl(string? url)
        => url is { Length: > 0 and <= LessonPart.MaxVideoUrlLength }
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);
}
