using System.Net;
using Mektep.Data;
using Mektep.Pages.Models;
using Mektep.Pages.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Security;

/// <summary>A form post over the site's configured size (Forms:MaxBodyBytes) is refused before anything reads it.</summary>
public sealed class FormSizeLimitTests
{
    private const int Limit = 64 * 1024;

    [Theory, Providers]
    public async Task FormPost_OverTheConfiguredLimit_Answers413WithAClearMessageAndChangesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Forms:MaxBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var admin = await site.AdminClientAsync();

        var tooLarge = await admin.PostFormAsync("/admin/menus/item?menu=main", "menu-item", MenuItem("Үлкен", new string('x', Limit)));
        var html = await tooLarge.Content.ReadAsStringAsync();
        var afterRefusal = (await MenusAsync(site)).Main.Count;
        var withinLimit = await admin.PostFormAsync("/admin/menus/item?menu=main", "menu-item", MenuItem("Кіші", new string('x', Limit / 2)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("The form is too large", html);
        Assert.Contains("What you sent is larger than this site accepts, so nothing was saved.", html);
        Assert.Equal(0, afterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, withinLimit.StatusCode);
        Assert.Equal("Кіші", Assert.Single((await MenusAsync(site)).Main).Labels.For("kk"));
    }

    /// <summary>A valid menu item, with a field no page reads to make the post as large as wanted.</summary>
    private static Dictionary<string, string> MenuItem(string label, string padding) => new()
    {
        ["Input.Revision"] = "0",
        ["Input.Kk"] = label,
        ["Input.Ru"] = label,
        ["Input.Kind"] = "Url",
        ["Input.Url"] = "https://egov.kz/",
        ["Padding"] = padding,
    };

    private static async Task<SiteMenus> MenusAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MenuEditor>().LoadAsync();
    }
}
