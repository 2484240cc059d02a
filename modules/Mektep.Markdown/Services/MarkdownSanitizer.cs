using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Mektep.Markdown.Services;

/// <summary>
/// The allow-list applied to every piece of HTML the module writes. Anything not named here (script, iframe,
/// object, embed, style, form, event handlers, javascript: and data: URLs) is removed.
/// </summary>
public static class MarkdownSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr", "cite", "q", "dfn",
        "code", "pre", "kbd", "samp", "var", "blockquote", "span", "div", "section", "footer",
        "figure", "figcaption", "details", "summary",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "img", "input",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "class", "id", "lang", "dir",
        "colspan", "rowspan", "scope", "align", "width", "height", "start", "reversed", "open",
        "type", "checked", "disabled", "style",
    ];

    /// <summary>Creates a configured sanitizer; instances are safe to share between threads once configured.</summary>
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "action", "formaction", "background", "poster", "xlink:href"], StringComparer.OrdinalIgnoreCase),

            // Pipe tables align columns with style="text-align: ..."; no other CSS gets through.
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
        })
        {
            AllowDataAttributes = false,
            KeepChildNodes = true,
        };

        // Links and images get no other scheme than the allowed ones; a bare "mailto:" on an image is dropped.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag is IHtmlImageElement && e.SanitizedUrl is { } url && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) => PostProcess(e.Node);
        return sanitizer;
    }

    private static void PostProcess(INode node)
    {
        switch (node)
        {
            case IHtmlInputElement input when !string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                // Only task-list checkboxes are inputs an author may write.
                input.Remove();
                break;
            case IHtmlInputElement checkbox:
                checkbox.SetAttribute("disabled", "disabled");
                break;
            case IHtmlAnchorElement link when IsExternal(link.GetAttribute("href")):
                link.SetAttribute("rel", "noopener noreferrer");
                break;
        }
    }

    private static bool IsExternal(string? href)
        => href is not null
            && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("//", StringComparison.Ordinal));
}
