using Ganss.Xss;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Markdown.Services;

/// <summary>
/// Markdown to sanitized HTML through one pipeline and one sanitizer built at start-up. Lesson pages show the
/// same Markdown thousands of times, so results are kept in a private cache bounded by characters held.
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer, IDisposable
{
    /// <summary>About 64 MB of UTF-16 text across keys and results.</summary>
    public const long CacheCharacterLimit = 32 * 1024 * 1024;

    private readonly HtmlSanitizer _sanitizer = MarkdownSanitizer.Create();
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheCharacterLimit, CompactionPercentage = 0.25 });

    public string ToHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return _cache.TryGetValue(new CacheKey(Kind.Html, markdown), out string? cached)
            ? cached!
            : Remember(new CacheKey(Kind.Html, markdown), Render(markdown));
    }

    public string ToPlainText(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return _cache.TryGetValue(new CacheKey(Kind.PlainText, markdown), out string? cached)
            ? cached!
            : Remember(new CacheKey(Kind.PlainText, markdown), MarkdownText.ToPlainText(markdown));
    }

    public void Dispose() => _cache.Dispose();

    private string Render(string markdown)
        => _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, MarkdownText.Pipeline));

    private string Remember(CacheKey key, string value)
    {
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = key.Markdown.Length + value.Length + 64 });
        return value;
    }

    private enum Kind
    {
        Html,
        PlainText,
    }

    // The Markdown itself is the key: no hash collisions, and its length is counted against the limit.
    private readonly record struct CacheKey(Kind Kind, string Markdown);
}
