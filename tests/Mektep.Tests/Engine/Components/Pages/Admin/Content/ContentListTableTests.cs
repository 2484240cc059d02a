using Bunit;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Engine.Components.Pages.Admin.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Pages.Admin.Content;

public sealed class ContentListTableTests
{
    [Fact]
    public void ContentListTable_Items_RenderTitleTypeLanguageStatusAndOwner()
    {
        using var context = new BunitContext();
        context.Services.AddLocalization();
        var draft = new ContentItem { ContentItemId = "a1", ContentType = "Page", DisplayText = "Бюджет туралы", Culture = "kk", Latest = true, Owner = "u1" };
        var published = new ContentItem { ContentItemId = "b2", ContentType = "Page", DisplayText = "", Culture = "ru", Latest = true, Published = true };

        var table = context.Render<ContentListTable>(p => p
            .Add(c => c.Items, [draft, published])
            .Add(c => c.Types, new Dictionary<string, ContentTypeDefinition> { ["Page"] = new() { Name = "Page", DisplayName = "Page" } })
            .Add(c => c.Owners, new Dictionary<string, string> { ["u1"] = "Айгүл" }));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal("a1", rows[0].GetAttribute("data-content-item"));
        Assert.Equal("Бюджет туралы", rows[0].QuerySelector("a")!.TextContent);
        Assert.Equal("/admin/content/a1/edit", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Қазақша", rows[0].QuerySelector("td[lang=kk]")!.TextContent);
        Assert.Contains("Айгүл", rows[0].TextContent);
        Assert.Equal("(untitled)", rows[1].QuerySelector("a")!.TextContent);
        Assert.NotEqual(rows[0].QuerySelectorAll("td")[3].TextContent.Trim(), rows[1].QuerySelectorAll("td")[3].TextContent.Trim());
    }
}
