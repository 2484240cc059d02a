using System.Globalization;
using System.Text.Json.Nodes;

namespace Mektep.Engine.Components.Fields;

/// <summary>Typed reads of a field definition's free-form settings.</summary>
internal static class FieldSettings
{
    public static bool Flag(JsonObject settings, string key)
        => settings[key] is JsonValue value && (value.TryGetValue<bool>(out var b) ? b : value.TryGetValue<string>(out var s) && bool.TryParse(s, out b) && b);

    public static decimal? Number(JsonObject settings, string key)
    {
        if (settings[key] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<decimal>(out var d))
        {
            return d;
        }

        return value.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out d) ? d : null;
    }

    public static IReadOnlyList<string> Strings(JsonObject settings, string key)
        => settings[key] switch
        {
            JsonArray array => [.. array.Select(n => n?.ToString()).OfType<string>().Where(s => s.Length > 0)],
            JsonValue value when value.TryGetValue<string>(out var s) => [.. s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            _ => [],
        };

    public static string[] Lines(string text)
        => text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
