using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mektep.Quizzes.Editors;

/// <summary>Parsing helpers shared by the binders.</summary>
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

    /// <summary>A moment from an <c>input type="datetime-local"</c>, taken as UTC.</summary>
    public static DateTime? DateTime(IFormCollection form, string key, IDictionary<string, string> errors, string message)
    {
        var text = form[key].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (System.DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            && value.Year is >= 2000 and <= 2100)
        {
            return System.DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        errors[key] = message;
        return null;
    }

    public static string DateTimeValue(DateTime? value) => value?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? "";

    public static bool Bool(IFormCollection form, string key)
        => form[key].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
}
