using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mektep.Display;

/// <summary>Reads typed values from a posted form for part binders and admin pages, recording a message per bad key.</summary>
public static class FormValues
{
    /// <summary>A whole number from 0 to <paramref name="max"/>; empty reads as 0. Otherwise records <paramref name="message"/> and returns null.</summary>
    public static int? Int(IFormCollection form, string key, int max, IDictionary<string, string> errors, string message)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var text = form[key].ToString().Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max)
        {
            return value;
        }

        errors[key] = message;
        return null;
    }

    /// <summary>A date from an <c>input type="date"</c> (yyyy-MM-dd), taken as UTC midnight; empty reads as null.</summary>
    public static DateTime? Date(IFormCollection form, string key, IDictionary<string, string> errors, string message)
        => Moment(form, key, errors, message, text => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? value : null);

    /// <summary>A moment from an <c>input type="datetime-local"</c>, taken as UTC; empty reads as null.</summary>
    public static DateTime? DateTimeLocal(IFormCollection form, string key, IDictionary<string, string> errors, string message)
        => Moment(form, key, errors, message, text => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? value : null);

    /// <summary>The value of an <c>input type="date"</c> for a stored date.</summary>
    public static string DateValue(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The value of an <c>input type="datetime-local"</c> for a stored moment.</summary>
    public static string DateTimeLocalValue(DateTime? value) => value?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>True when a checkbox posted <c>true</c>.</summary>
    public static bool Bool(IFormCollection form, string key)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form[key].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
    }

    private static DateTime? Moment(IFormCollection form, string key, IDictionary<string, string> errors, string message, Func<string, DateTime?> parse)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var text = form[key].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (parse(text) is { Year: >= 2000 and <= 2100 } value)
        {
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        errors[key] = message;
        return null;
    }
}
