using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Mektep.Markdown.Models;
using Mektep.Markdown.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Markdown.Editors;

public sealed class MarkdownBodyPartBinder(IStringLocalizer<MarkdownBodyPartBinder> t) : IPartEditorBinder
{
    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var key = $"{prefix}.Markdown";
        var markdown = MarkdownText.Normalize(form[key].ToString());
        if (markdown.Length > MarkdownText.MaxLength)
        {
            errors[key] = t[MarkdownPreviewEndpoint.TooLong, MarkdownText.MaxLength];
        }

        item.Apply(definition.Name, new MarkdownBodyPart { Markdown = markdown });
    }
}
