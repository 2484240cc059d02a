using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mektep.Courses.Editors;

/// <summary>Parsing helpers shared by the part binders.</summary>
internal static class FormValues
{
    public static int? Int(IFormCollection form, string key, int max, IDictionary<string, string> errors, string message)
    {
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

    /// <summary>A date from an <c>input type="date"</c> (yyyy-MM-dd), taken as UTC midnight.</summary>
    public static DateTime? Date(IFormCollection form, string key, IDictionary<string, string> errors, string message)
    {
        var text = form[key].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            && value.Year is >= 2000 and <= 2100)
        {
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        errors[key] = message;
        return null;
    }

    public static string DateValue(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static bool Bool(IFormCollection form, string key)
        => form[key].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
}
