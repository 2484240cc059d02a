using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Pages;

public sealed class PageTypeTests
{
    [Theory, Providers]
    public async Task PageType_DefinedAtStartup_HasTitleAndMarkdownBody(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var scope = site.Services.CreateAsyncScope();

        var type = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Page");

        Assert.NotNull(type);
        Assert.Equal(["TitlePart", "MarkdownBodyPart"], type.Parts.Select(p => p.Name));
    }

    [Theory, Providers]
    public async Task Page_PublishedWithKazakhBody_FoundByBodyWord(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var page = await content.NewAsync("Page");
        page.Culture = "kk";
        page.Apply(new TitlePart { Title = "Бағдарлама туралы" });
        page.Content["MarkdownBodyPart"] = new System.Text.Json.Nodes.JsonObject { ["Markdown"] = "Ауылдық округтің **бюджеті** және инвестициялық жобалар." };

        await content.CreateAsync(page, publish: true);
        var found = await content.QueryAsync(new ContentQuery { Text = "БЮДЖЕТ", ContentTypes = ["Page"] });

        Assert.Equal(page.ContentItemId, Assert.Single(found.Items).ContentItemId);
    }
}
