using System.Globalization;
using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class DateTimeFieldBinder : IFieldBinder
{
    /// <summary>The format of a datetime-local input's value.</summary>
    public const string InputFormat = "yyyy-MM-ddTHH:mm";

    private static readonly string[] Formats = [InputFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];

    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var text = form[name].ToString().Trim();
        var field = new DateTimeField();
        if (text.Length == 0)
        {
            if (definition.Required)
            {
                errors[name] = "This field is required.";
            }
        }
        else if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            field.Value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }
        else
        {
            errors[name] = "Enter a date and time.";
        }

        return Task.FromResult<ContentField>(field);
    }
}
