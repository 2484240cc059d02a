using Bunit;
using Mektep.Content;
using Mektep.Engine.Components.Parts;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Parts;

public sealed class TitlePartEditorTests : BunitContext
{
    public TitlePartEditorTests() => Services.AddLocalization();

    [Fact]
    public void Render_WithError_ShowsItAndMarksTheInputInvalid()
    {
        var editor = Render<TitlePartEditor>(p => p
            .Add(e => e.Part, new TitlePart { Title = "Ауыл" })
            .Add(e => e.Item, new ContentItem())
            .Add(e => e.Prefix, "TitlePart")
            .Add(e => e.Errors, new Dictionary<string, string> { ["TitlePart.Title"] = "A title is required." }));

        var input = editor.Find("input");
        Assert.Equal("TitlePart.Title", input.GetAttribute("name"));
        Assert.Equal("Ауыл", input.GetAttribute("value"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("A title is required.", editor.Find("#TitlePart_Title-error").TextContent);
        Assert.Equal("TitlePart_Title", editor.Find("label").GetAttribute("for"));
    }

    [Fact]
    public void Render_WithoutError_ShowsNoErrorText()
    {
        var editor = Render<TitlePartEditor>(p => p
            .Add(e => e.Part, new TitlePart())
            .Add(e => e.Item, new ContentItem())
            .Add(e => e.Prefix, "TitlePart"));

        Assert.Equal("false", editor.Find("input").GetAttribute("aria-invalid"));
        Assert.Empty(editor.FindAll(".field-error"));
    }
}
