using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class TextFieldBinder : IFieldBinder
{
    public const int MaxLength = 100_000;

    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var text = form[name].ToString();
        text = FieldSettings.Flag(definition.Settings, "Multiline") ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() : text.Trim();
        if (definition.Required && text.Length == 0)
        {
            errors[name] = "This field is required.";
        }
        else if (text.Length > MaxLength)
        {
            errors[name] = "The text is too long.";
        }

        return Task.FromResult<ContentField>(new TextField { Text = text.Length == 0 ? null : text });
    }
}
