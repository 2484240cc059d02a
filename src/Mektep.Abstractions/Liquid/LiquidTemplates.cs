using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Liquid;

/// <summary>
/// Liquid (Fluid) templates parsed once and kept, keyed by their source: a mail template or certificate body is
/// rendered thousands of times per batch, and parsing is most of the cost of a small template. An edited template is
/// new source, so the cache never serves a stale one; the oldest entries go when the character budget is spent.
/// </summary>
public static class LiquidTemplates
{
    /// <summary>Characters of template source the cache holds at most.</summary>
    public const long CacheCharacterLimit = 4 * 1024 * 1024;

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();
    private static readonly MemoryCache Cache = new(new MemoryCacheOptions { SizeLimit = CacheCharacterLimit, CompactionPercentage = 0.25 });

    /// <summary>Null when the template parses, else the parser's message.</summary>
    public static string? Validate(string? source) => TryParse(source, out _, out var error) ? null : error;

    /// <summary>The parsed template, from the cache when this source was parsed before.</summary>
    public static bool TryParse(string? source, out IFluidTemplate template, out string? error)
    {
        source ??= "";
        if (Cache.TryGetValue(source, out IFluidTemplate? cached))
        {
            template = cached!;
            error = null;
            return true;
        }

        if (!Parser.TryParse(source, out var parsed, out error))
        {
            template = null!;
            return false;
        }

        // Sized by the source's length (at least 1), so the limit bounds what the cache holds.
        template = Cache.Set(source, parsed, new MemoryCacheEntryOptions { Size = Math.Max(1, source.Length) });
        return true;
    }

    /// <summary>Renders <paramref name="source"/> with the values; <paramref name="encoder"/> encodes every value (HTML) or none.</summary>
    /// <exception cref="FormatException">The template does not parse.</exception>
    public static async Task<string> RenderAsync(string? source, IReadOnlyDictionary<string, object?> values, TextEncoder encoder, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!TryParse(source, out var template, out var error))
        {
            throw new FormatException(error);
        }

        var context = new TemplateContext(Options);
        if (culture is not null)
        {
            context.CultureInfo = culture;
        }

        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return await template.RenderAsync(context, encoder);
    }
}
