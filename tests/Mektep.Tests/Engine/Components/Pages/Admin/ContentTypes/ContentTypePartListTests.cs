using Bunit;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Engine.Components.Pages.Admin.ContentTypes;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Pages.Admin.ContentTypes;

public sealed class ContentTypePartListTests : BunitContext
{
    public ContentTypePartListTests() => Services.AddLocalization();

    [Fact]
    public void Render_Parts_ListsThemInOrderAndNeverOffersToRemoveTheOwnPart()
    {
        var parts = new[]
        {
            new ContentTypePartDefinition { Name = nameof(TitlePart), PartName = nameof(TitlePart) },
            new ContentTypePartDefinition { Name = "Recipe", PartName = nameof(ContentFieldsPart) },
            new ContentTypePartDefinition { Name = "GonePart", PartName = "GonePart" },
        };
        var names = new Dictionary<string, string> { [nameof(TitlePart)] = "Title" };

        var list = Render<ContentTypePartList>(p => p.Add(c => c.Parts, parts).Add(c => c.DisplayNames, names));

        Assert.Equal([nameof(TitlePart), "Recipe", "GonePart"], list.FindAll("li[data-part]").Select(li => li.GetAttribute("data-part")));
        Assert.Equal(["down:TitlePart", "up:Recipe", "down:Recipe", "up:GonePart"], Values(list, ContentTypeForms.PartMove));
        Assert.Equal([nameof(TitlePart), "GonePart"], Values(list, ContentTypeForms.PartRemove));
        Assert.Equal("Title", list.Find("li[data-part=TitlePart] .part-name").TextContent);
        Assert.Equal("Fields of this type", list.Find("li[data-part=Recipe] .part-name").TextContent);
        Assert.Equal("GonePart", list.Find("li[data-part=GonePart] .part-name").TextContent);
    }

    private static List<string?> Values(IRenderedComponent<ContentTypePartList> list, string form)
        => [.. list.FindAll($"button[form={form}]").Select(b => b.GetAttribute("value"))];
}
