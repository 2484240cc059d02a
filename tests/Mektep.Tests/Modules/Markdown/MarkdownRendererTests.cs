using Mektep.Markdown.Services;

namespace Mektep.Tests.Modules.Markdown;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    [Theory]
    [InlineData("| a | b |\n|---|--:|\n| 1 | 2 |", "<table>")]
    [InlineData("| a | b |\n|---|--:|\n| 1 | 2 |", "<td style=\"text-align: right\">2</td>")]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+", "<table>")]
    [InlineData("- [x] done\n- [ ] todo", "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">")]
    [InlineData("- [ ] todo", "<input disabled=\"disabled\" type=\"checkbox\">")]
    [InlineData("Text[^1].\n\n[^1]: The note.", "class=\"footnote-ref\"")]
    [InlineData("Text[^1].\n\n[^1]: The note.", "The note.")]
    [InlineData("See https://example.org now", "<a href=\"https://example.org\" rel=\"noopener noreferrer\">https://example.org</a>")]
    [InlineData("Write to mailto:akim@example.kz", "<a href=\"mailto:akim@example.kz\">")]
    [InlineData("~~old~~ ==new== ^up^ ~down~ ++ins++", "<del>old</del>")]
    [InlineData("~~old~~ ==new== ^up^ ~down~ ++ins++", "<mark>new</mark>")]
    [InlineData("~~old~~ ==new== ^up^ ~down~ ++ins++", "<sup>up</sup>")]
    [InlineData("~~old~~ ==new== ^up^ ~down~ ++ins++", "<sub>down</sub>")]
    [InlineData("~~old~~ ==new== ^up^ ~down~ ++ins++", "<ins>ins</ins>")]
    [InlineData("**bold** *italic* `code`", "<strong>bold</strong> <em>italic</em> <code>code</code>")]
    [InlineData("[lesson](/courses/1)", "<a href=\"/courses/1\">lesson</a>")]
    [InlineData("![map](https://example.org/map.png)", "<img src=\"https://example.org/map.png\" alt=\"map\">")]
    [InlineData("Term\n:   Definition", "<dl>")]
    [InlineData("H<sub>2</sub>O", "H<sub>2</sub>O")]
    public void ToHtml_Extension_Renders(string markdown, string expected)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.Contains(expected, html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<script")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>", "alert")]
    [InlineData("[x](&#106;avascript:alert(1))", "alert")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>", "alert")]
    [InlineData("<svg onload=alert(1)><circle /></svg>", "onload")]
    [InlineData("<svg onload=alert(1)><circle /></svg>", "<svg")]
    [InlineData("<style>body { display: none }</style>", "<style")]
    [InlineData("<p style=\"background: url(javascript:alert(1))\">x</p>", "url(")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\">", "<object")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\">", "<embed")]
    [InlineData("<form action=\"https://evil.example\"><input type=\"text\" name=\"pin\"></form>", "<form")]
    [InlineData("<form action=\"https://evil.example\"><input type=\"text\" name=\"pin\"></form>", "<input")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data:")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "data:")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>", "vbscript")]
    [InlineData("<div onclick=\"alert(1)\" onmouseover=\"alert(2)\">x</div>", " on")]
    [InlineData("<details open ontoggle=alert(1)><summary>x</summary></details>", "ontoggle")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<img")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "<meta")]
    [InlineData("<base href=\"https://evil.example/\">", "<base")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "<link")]
    public void ToHtml_Xss_NeverSurvives(string markdown, string forbidden)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Әә Ғғ Құ Ңң Өө Ұұ Үү Һһ Іі")]
    [InlineData("Ауыл әкімі — бюджет және инвестициялық жобалар")]
    [InlineData("Сельский округ: бюджет, кооперативы и «инвестиционные проекты»")]
    public void ToHtml_KazakhAndRussianText_PassesThroughIntact(string text)
    {
        var html = _renderer.ToHtml($"# {text}\n\n**{text}**");

        Assert.Contains($">{text}</h1>", html);
        Assert.Contains($"<strong>{text}</strong>", html);
    }

    [Fact]
    public void ToHtml_SameMarkdownTwice_ReturnsTheCachedString()
    {
        var markdown = "# Сабақ\n\nМәтін";

        var first = _renderer.ToHtml(markdown);
        var second = _renderer.ToHtml(new string(markdown.AsSpan()));

        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   \n ", "")]
    [InlineData("# Тақырып\n\n**Жирный** текст и [ссылка](https://example.org).", "Тақырып Жирный текст и ссылка.")]
    [InlineData("- one\n- two", "one two")]
    [InlineData("Text <b>bold</b> more", "Text bold more")]
    [InlineData("Text <script>alert(1)</script>", "Text alert(1)")]
    public void ToPlainText_Markdown_StripsMarkup(string markdown, string expected)
    {
        var text = _renderer.ToPlainText(markdown);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 10, "one two…")]
    [InlineData("abcdefghijklmnop", 10, "abcdefghij…")]
    public void Truncate_LongText_CutsAtWordWithEllipsis(string text, int maxLength, string expected)
    {
        var result = MarkdownText.Truncate(text, maxLength);

        Assert.Equal(expected, result);
    }
}
