using Mektep.Content;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Web;

public sealed class ThemeTests
{
    [Theory, Providers]
    public async Task SiteTheme_SwitchedInSettings_ChangesLayoutCssAndPartOverrideWithoutRestart(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = await PublishPageAsync(site, "Инвестициялық жобалар");
        var visitor = site.NewClient();
        var before = await visitor.GetStringAsync($"/content/{id}");
        Assert.Contains("data-theme=\"AkimsSchool\"", before);
        Assert.DoesNotContain("test-theme-title", before);
        var admin = await site.AdminClientAsync();

        await SaveThemeAsync(admin, "Mektep.TestTheme");
        var after = await visitor.GetStringAsync($"/content/{id}");

        Assert.Contains("data-theme=\"TestTheme\"", after);
        Assert.Contains("<h1 class=\"test-theme-title\">Инвестициялық жобалар</h1>", after);
        Assert.Contains("_content/Mektep.TestTheme/site", after);
        Assert.DoesNotContain("data-theme=\"AkimsSchool\"", after);
        Assert.Contains("data-theme=\"Admin\"", await admin.GetStringAsync("/admin"));

        await SaveThemeAsync(admin, "Mektep.Themes.AkimsSchool");
        Assert.Contains("data-theme=\"AkimsSchool\"", await visitor.GetStringAsync($"/content/{id}"));
    }

    private static async Task SaveThemeAsync(HttpClient admin, string theme)
    {
        var response = await admin.PostFormAsync("/admin/settings", "settings", new Dictionary<string, string>
        {
            ["Input.SiteName"] = "Mektep",
            ["Input.DefaultCulture"] = "ru",
            ["Input.SiteTheme"] = theme,
            ["Input.AdminTheme"] = "Mektep.Themes.Admin",
            ["Input.PageSize"] = "20",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> PublishPageAsync(SiteFactory site, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var page = await content.NewAsync("Page");
        page.Apply(new TitlePart { Title = title });
        return (await content.CreateAsync(page, publish: true)).ContentItemId;
    }
}
