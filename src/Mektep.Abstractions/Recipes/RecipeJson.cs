using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mektep.Recipes;

/// <summary>How recipes are read and written: property names as in C#, matched without case; enums as names.</summary>
public static class RecipeJson
{
    /// <summary>The largest recipe accepted (media travel inside as base64).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The options.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };
}
