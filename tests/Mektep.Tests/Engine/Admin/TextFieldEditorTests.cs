using Bunit;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Mektep.Engine.Components.Fields;

namespace Mektep.Tests.Engine.Admin;

public sealed class TextFieldEditorTests
{
    [Fact]
    public void TextFieldEditor_WithValueAndError_RendersLabelValueAndError()
    {
        using var context = new BunitContext();
        var definition = new ContentPartFieldDefinition { Name = "Subtitle", FieldType = nameof(TextField), DisplayName = "Subtitle", Required = true };

        var editor = context.Render<TextFieldEditor>(p => p
            .Add(c => c.Field, new TextField { Text = "Hello" })
            .Add(c => c.Definition, definition)
            .Add(c => c.Prefix, "Article.Subtitle")
            .Add(c => c.Error, "This field is required."));

        var label = editor.Find("label");
        Assert.Equal("Article_Subtitle", label.GetAttribute("for"));
        Assert.Contains("Subtitle", label.TextContent);
        var input = editor.Find("input#Article_Subtitle");
        Assert.Equal("Article.Subtitle", input.GetAttribute("name"));
        Assert.Equal("Hello", input.GetAttribute("value"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("This field is required.", editor.Find("#Article_Subtitle-error").TextContent);
    }

    [Fact]
    public void TextFieldEditor_Multiline_RendersTextarea()
    {
        using var context = new BunitContext();
        var definition = new ContentPartFieldDefinition { Name = "Body", FieldType = nameof(TextField), DisplayName = "Body" };
        definition.Settings["Multiline"] = true;

        var editor = context.Render<TextFieldEditor>(p => p
            .Add(c => c.Field, new TextField { Text = "Line" })
            .Add(c => c.Definition, definition)
            .Add(c => c.Prefix, "Article.Body"));

        Assert.Equal("Line", editor.Find("textarea#Article_Body").TextContent);
        Assert.Empty(editor.FindAll(".field-error"));
    }
}
