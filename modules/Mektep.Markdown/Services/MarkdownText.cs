using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Mektep.Markdown.Services;

/// <summary>
/// The module's Markdig pipelines, built once. Static so a part's <c>SearchText</c> property, which cannot
/// take services, shares them with <see cref="MarkdownRenderer"/>.
/// </summary>
public static class MarkdownText
{
    /// <summary>The most characters a Markdown body may have.</summary>
    public const int MaxLength = 200_000;

    /// <summary>
    /// CommonMark plus the extensions authors of lessons need. Raw HTML stays enabled for things like
    /// &lt;sub&gt; or &lt;details&gt;: everything the pipeline writes goes through the sanitizer anyway.
    /// Media links (iframes), generic attributes ({onclick=...}) and diagrams are left out on purpose.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCitations()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseAlertBlocks()
        .Build();

    /// <summary>Line breaks as \n (browsers post \r\n), so lengths match what the author sees; null as empty.</summary>
    public static string Normalize(string? markdown)
        => string.IsNullOrEmpty(markdown) ? "" : markdown.ReplaceLineEndings("\n");

    /// <summary>
    /// The text of <paramref name="markdown"/> without markup, whitespace collapsed to single spaces. Raw HTML
    /// tags are dropped (Markdig's plain-text writer skips them), so none reach search text or summaries.
    /// </summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = Markdig.Markdown.ToPlainText(markdown, Pipeline);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first <paramref name="maxLength"/> characters of plain text, cut at a word, with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength = 200)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength).TrimEnd(), "…");
    }
}
