using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class ContentPickerFieldBinder(IContentManager contentManager) : IFieldBinder
{
    public const int MaxItems = 100;

    public async Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var ids = FieldSettings.Lines(form[name].ToString().Replace(',', '\n')).Distinct(StringComparer.Ordinal).ToArray();
        var field = new ContentPickerField { ContentItemIds = ids };
        if (ids.Length == 0)
        {
            if (definition.Required)
            {
                errors[name] = "This field is required.";
            }

            return field;
        }

        if (ids.Length > MaxItems || ids.Any(id => id.Length > 64))
        {
            errors[name] = "Too many items.";
            return field;
        }

        var found = await contentManager.GetManyAsync(ids, VersionOptions.Latest, cancellationToken);
        var allowed = FieldSettings.Strings(definition.Settings, "ContentTypes");
        if (found.Count != ids.Length)
        {
            errors[name] = "Some of the chosen items do not exist.";
        }
        else if (allowed.Count > 0 && found.Any(item => !allowed.Contains(item.ContentType, StringComparer.Ordinal)))
        {
            errors[name] = "Some of the chosen items are of a type this field does not accept.";
        }

        return field;
    }
}
