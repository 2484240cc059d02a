using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Pages;

public sealed class PageTypeTests
{
    [Theory, Providers]
    public async Task PageType_DefinedAtStartup_HasTitleCoverAndMarkdownBody(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var scope = site.Services.CreateAsyncScope();

        var type = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Page");

        Assert.NotNull(type);
        Assert.Equal(["TitlePart", "CoverImagePart", "MarkdownBodyPart"], type.Parts.Select(p => p.Name));
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

    [Theory, Providers]
    public async Task PublicPage_MarkdownModuleDisabled_BodyPartVanishesWithoutRestart(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        string id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var page = await content.NewAsync("Page");
            page.Apply(new TitlePart { Title = "Кооперативтер" });
            page.Content["MarkdownBodyPart"] = new System.Text.Json.Nodes.JsonObject { ["Markdown"] = "Ауыл шаруашылығы **кооперативі**" };
            id = (await content.CreateAsync(page, publish: true)).ContentItemId;
        }

        var client = site.NewClient();
        Assert.Contains("<strong>кооперативі</strong>", await client.GetStringAsync($"/content/{id}"));

        await site.Services.GetRequiredService<Mektep.Modules.IFeatureManager>().SetEnabledAsync("Mektep.Markdown", enabled: false);
        var html = await client.GetStringAsync($"/content/{id}");

        Assert.Contains("Кооперативтер", html);
        Assert.DoesNotContain("кооперативі", html);
    }
}
