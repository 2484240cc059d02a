using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Courses.Models;
using Mektep.Display;
using Mektep.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Courses.Editors;

/// <summary>Applies the course settings; the outline is edited on its own page and kept as stored.</summary>
public sealed class CoursePartBinder(IStringLocalizer<CoursePartBinder> t, IMediaStore media) : IPartEditorBinder
{
    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var part = item.As<CoursePart>(definition.Name);
        var summaryKey = $"{prefix}.{nameof(CoursePart.Summary)}";
        part.Summary = form[summaryKey].ToString().Trim();
        if (part.Summary.Length > CoursePart.MaxSummaryLength)
        {
            errors[summaryKey] = t["The summary is too long: at most {0} characters.", CoursePart.MaxSummaryLength];
        }

        var levelKey = $"{prefix}.{nameof(CoursePart.Level)}";
        if (Enum.TryParse<CourseLevel>(form[levelKey].ToString(), out var level) && Enum.IsDefined(level))
        {
            part.Level = level;
        }
        else
        {
            errors[levelKey] = t["Choose a level."];
        }

        var hoursKey = $"{prefix}.{nameof(CoursePart.EstimatedHours)}";
        part.EstimatedHours = FormValues.Int(form, hoursKey, CoursePart.MaxHours, errors, t["Enter a whole number of hours from 0 to {0}.", CoursePart.MaxHours]) ?? part.EstimatedHours;

        var tagsKey = $"{prefix}.{nameof(CoursePart.Tags)}";
        var tags = form[tagsKey].ToString().Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > CoursePart.MaxTags || tags.Any(tag => tag.Length > CoursePart.MaxTagLength || tag.Contains('|', StringComparison.Ordinal)))
        {
            errors[tagsKey] = t["At most {0} tags of up to {1} characters, separated by commas.", CoursePart.MaxTags, CoursePart.MaxTagLength];
        }

        part.Tags = tags;
        part.SelfEnrollment = FormValues.Bool(form, $"{prefix}.{nameof(CoursePart.SelfEnrollment)}");

        var dateError = t["Enter a date as YYYY-MM-DD."];
        part.StartUtc = FormValues.Date(form, $"{prefix}.{nameof(CoursePart.StartUtc)}", errors, dateError);
        part.EndUtc = FormValues.Date(form, $"{prefix}.{nameof(CoursePart.EndUtc)}", errors, dateError);
        part.DueUtc = FormValues.Date(form, $"{prefix}.{nameof(CoursePart.DueUtc)}", errors, dateError);
        if (part.StartUtc is { } start && part.EndUtc is { } end && end < start)
        {
            errors[$"{prefix}.{nameof(CoursePart.EndUtc)}"] = t["The end date is before the start date."];
        }

        var ruleKey = $"{prefix}.{nameof(CoursePart.CompletionRule)}";
        if (Enum.TryParse<CompletionRule>(form[ruleKey].ToString(), out var rule) && Enum.IsDefined(rule))
        {
            part.CompletionRule = rule;
        }
        else
        {
            errors[ruleKey] = t["Choose a completion rule."];
        }

        BindCover(part, form, prefix, errors);
        var prerequisitesKey = $"{prefix}.{nameof(CoursePart.Prerequisites)}";
        part.Prerequisites = [.. form[prerequisitesKey].Select(v => (v ?? "").Trim()).Where(v => v.Length is > 0 and <= 32 && v.All(char.IsAsciiLetterOrDigit) && v != item.LocalizationSet).Distinct(StringComparer.Ordinal)];
        if (part.Prerequisites.Count > CoursePart.MaxPrerequisites)
        {
            errors[prerequisitesKey] = t["At most {0} prerequisites.", CoursePart.MaxPrerequisites];
        }

        item.Apply(definition.Name, part);
    }

    private void BindCover(CoursePart part, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        var pathKey = $"{prefix}.{nameof(CoursePart.CoverImagePath)}";
        var path = form[pathKey].ToString().Trim();
        part.CoverImagePath = path.Length == 0 ? null : path;
        if (path.Length > 0 && (media.GetInfo(path) is null || MediaKinds.Find(path) is not { IsImage: true }))
        {
            errors[pathKey] = t["Enter the path of an image in the media library, e.g. courses/cover.jpg."];
        }

        var altKey = $"{prefix}.{nameof(CoursePart.CoverImageAlt)}";
        part.CoverImageAlt = form[altKey].ToString().Trim();
        if (part.CoverImageAlt.Length > CoursePart.MaxCoverAltLength)
        {
            errors[altKey] = t["The description is too long: at most {0} characters.", CoursePart.MaxCoverAltLength];
        }
    }
}
