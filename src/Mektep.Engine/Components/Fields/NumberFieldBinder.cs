using System.Globalization;
using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class NumberFieldBinder : IFieldBinder
{
    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var text = form[name].ToString().Trim();
        var field = new NumberField();
        if (text.Length == 0)
        {
            if (definition.Required)
            {
                errors[name] = "This field is required.";
            }

            return Task.FromResult<ContentField>(field);
        }

        // Browsers post number inputs with a dot whatever the reader's culture; a comma is accepted too.
        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            errors[name] = "Enter a number.";
            return Task.FromResult<ContentField>(field);
        }

        var min = FieldSettings.Number(definition.Settings, "Min");
        var max = FieldSettings.Number(definition.Settings, "Max");
        var scale = FieldSettings.Number(definition.Settings, "Scale");
        if (min is not null && value < min)
        {
            errors[name] = "The number is below the allowed minimum.";
        }
        else if (max is not null && value > max)
        {
            errors[name] = "The number is above the allowed maximum.";
        }
        else if (scale is { } digits && decimal.Round(value, (int)Math.Clamp(digits, 0, 28)) != value)
        {
            errors[name] = "The number has too many decimal places.";
        }

        field.Value = value;
        return Task.FromResult<ContentField>(field);
    }
}
