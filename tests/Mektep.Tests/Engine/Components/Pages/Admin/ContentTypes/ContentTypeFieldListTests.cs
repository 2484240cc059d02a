using Bunit;
using Mektep.Content.Metadata;
using Mektep.Engine.Components.Pages.Admin.ContentTypes;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Pages.Admin.ContentTypes;

public sealed class ContentTypeFieldListTests : BunitContext
{
    public ContentTypeFieldListTests() => Services.AddLocalization();

    [Fact]
    public void Render_ThreeFields_ListsThemInOrderWithMoveAndRemoveButtons()
    {
        var fields = new[] { Field("Ingredients", "TextField"), Field("Minutes", "NumberField"), Field("Vegetarian", "BooleanField") };

        var list = Render<ContentTypeFieldList>(p => p.Add(c => c.TypeName, "Recipe").Add(c => c.Fields, fields));

        Assert.Equal(["Ingredients", "Minutes", "Vegetarian"], list.FindAll("tr[data-field]").Select(r => r.GetAttribute("data-field")));
        Assert.Equal(["down:Ingredients", "up:Minutes", "down:Minutes", "up:Vegetarian"], Values(list, ContentTypeForms.FieldMove));
        Assert.Equal(["Ingredients", "Minutes", "Vegetarian"], Values(list, ContentTypeForms.FieldRemove));
        Assert.All(list.FindAll("button"), b => Assert.Equal("submit", b.GetAttribute("type")));
        Assert.Equal(3, list.FindAll($"input[type=checkbox][form={ContentTypeForms.FieldRemove}][name='{ContentTypeForms.Confirm}']").Count);
        Assert.Equal("/admin/content-types/Recipe/fields/Minutes", list.Find("tr[data-field=Minutes] a").GetAttribute("href"));
        Assert.Contains("values already stored in items are kept", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OneField_HasNoMoveButtons()
    {
        var list = Render<ContentTypeFieldList>(p => p.Add(c => c.TypeName, "Recipe").Add(c => c.Fields, [Field("Only", "TextField")]));

        Assert.Empty(Values(list, ContentTypeForms.FieldMove));
        Assert.Equal(["Only"], Values(list, ContentTypeForms.FieldRemove));
    }

    [Fact]
    public void Render_NoFields_SaysSo()
    {
        var list = Render<ContentTypeFieldList>(p => p.Add(c => c.TypeName, "Recipe").Add(c => c.Fields, []));

        Assert.Empty(list.FindAll("button"));
        Assert.Contains("This type has no fields of its own yet.", list.Markup, StringComparison.Ordinal);
    }

    private static ContentPartFieldDefinition Field(string name, string type) => new() { Name = name, FieldType = type, DisplayName = name };

    private static List<string?> Values(IRenderedComponent<ContentTypeFieldList> list, string form)
        => [.. list.FindAll($"button[form={form}]").Select(b => b.GetAttribute("value"))];
}
