using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Mektep.Pages.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Pages.Editors;

public sealed class NewsArticlePartBinder(IStringLocalizer<NewsArticlePartBinder> t) : IPartEditorBinder
{
    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var part = item.As<NewsArticlePart>(definition.Name);
        var summaryKey = $"{prefix}.{nameof(NewsArticlePart.Summary)}";
        part.Summary = form[summaryKey].ToString().Trim();
        if (part.Summary.Length > NewsArticlePart.MaxSummaryLength)
        {
            errors[summaryKey] = t["The summary is too long: at most {0} characters.", NewsArticlePart.MaxSummaryLength];
        }

        part.PublicationDate = FormValues.Date(form, $"{prefix}.{nameof(NewsArticlePart.PublicationDate)}", errors, t["Enter a date as YYYY-MM-DD."]);
        item.Apply(definition.Name, part);
    }
}
