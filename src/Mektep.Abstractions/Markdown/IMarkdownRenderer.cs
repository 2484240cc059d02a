namespace Mektep.Markdown;

/// <summary>Turns Markdown into sanitized HTML. Implemented by the Markdown module.</summary>
public interface IMarkdownRenderer
{
    /// <summary>HTML safe to put on a page: no scripts, frames or event handlers survive.</summary>
    string ToHtml(string markdown);

    /// <summary>The text of the Markdown without markup, for search and summaries.</summary>
    string ToPlainText(string markdown);
}
