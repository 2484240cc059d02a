using Bunit;
using Mektep.Content;
using Mektep.Markdown;
using Mektep.Markdown.Components;
using Mektep.Markdown.Editors;
using Mektep.Markdown.Models;
using Mektep.Markdown.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Markdown;

public sealed class MarkdownBodyPartComponentTests : BunitContext
{
    private readonly ContentItem _item = new() { ContentType = "Lesson" };

    public MarkdownBodyPartComponentTests()
    {
        Services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        Services.AddLocalization();
    }

    [Fact]
    public void Display_MarkdownWithScript_RendersSanitizedHtml()
    {
        var part = new MarkdownBodyPart { Markdown = "## Бюджет\n\n**Ауыл** <script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |" };

        var cut = Render<MarkdownBodyPartDisplay>(p => p.Add(c => c.Part, part).Add(c => c.Item, _item));

        var body = cut.Find("div.markdown-body");
        Assert.Equal("Бюджет", body.QuerySelector("h2")!.TextContent);
        Assert.Equal("Ауыл", body.QuerySelector("strong")!.TextContent);
        Assert.NotNull(body.QuerySelector("table"));
        Assert.Null(body.QuerySelector("script"));
    }

    [Fact]
    public void Summary_LongMarkdown_ShowsPlainTextCutWithEllipsis()
    {
        var part = new MarkdownBodyPart { Markdown = "# Сабақ\n\n" + string.Join(' ', Enumerable.Repeat("**сөз**", 100)) };

        var cut = Render<MarkdownBodyPartSummary>(p => p.Add(c => c.Part, part).Add(c => c.Item, _item));

        var text = cut.Find("p.markdown-summary").TextContent;
        Assert.StartsWith("Сабақ сөз сөз", text);
        Assert.EndsWith("…", text);
        Assert.True(text.Length <= MarkdownBodyPartSummary.MaxLength + 1);
        Assert.DoesNotContain("*", text);
    }

    [Fact]
    public void Summary_EmptyMarkdown_RendersNothing()
    {
        var part = new MarkdownBodyPart();

        var cut = Render<MarkdownBodyPartSummary>(p => p.Add(c => c.Part, part).Add(c => c.Item, _item));

        Assert.Empty(cut.FindAll("p"));
    }

    [Fact]
    public void Editor_Value_RendersLabelledTextareaAndServerPreview()
    {
        var part = new MarkdownBodyPart { Markdown = "**Ауыл** <img src=x onerror=alert(1)>" };

        var cut = Render<MarkdownBodyPartEditor>(p => p.Add(c => c.Part, part).Add(c => c.Item, _item).Add(c => c.Prefix, "MarkdownBodyPart"));

        var textarea = cut.Find("textarea");
        Assert.Equal("MarkdownBodyPart.Markdown", textarea.GetAttribute("name"));
        Assert.Equal(part.Markdown, textarea.TextContent);
        Assert.Equal("MarkdownBodyPart_Markdown", cut.Find("label").GetAttribute("for"));
        var preview = cut.Find("[data-markdown-preview]");
        Assert.Equal("polite", preview.GetAttribute("aria-live"));
        Assert.Equal("Ауыл", preview.QuerySelector("strong")!.TextContent);
        Assert.DoesNotContain("onerror", preview.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(MarkdownPreviewEndpoint.Path, cut.Find("[data-markdown-editor]").GetAttribute("data-preview-url"));
        Assert.Equal("/_content/Mektep.Markdown/markdown-editor.js", cut.Find("script").GetAttribute("src"));
    }

    [Fact]
    public void Editor_Error_ShowsItAndMarksTheInputInvalid()
    {
        var errors = new Dictionary<string, string> { ["MarkdownBodyPart.Markdown"] = "Too long" };

        var cut = Render<MarkdownBodyPartEditor>(p => p.Add(c => c.Part, new MarkdownBodyPart()).Add(c => c.Item, _item)
            .Add(c => c.Prefix, "MarkdownBodyPart").Add(c => c.Errors, errors));

        Assert.Equal("true", cut.Find("textarea").GetAttribute("aria-invalid"));
        Assert.Equal("Too long", cut.Find("#MarkdownBodyPart_Markdown-error").TextContent);
    }
}
