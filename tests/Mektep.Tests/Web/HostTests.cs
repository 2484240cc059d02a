using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Web;

public sealed class HostTests
{
    [Theory, Providers]
    public async Task Health_DatabaseUp_Answers200WithProvider(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains($"\"provider\":\"{provider}\"", body);
    }

    [Theory, Providers]
    public async Task Admin_Anonymous_RedirectsToLogin(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory, Providers]
    public async Task Features_TestModuleReferenced_IsListedAndCanBeDisabled(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        Assert.Equal("pong", await admin.GetStringAsync("/api/test-module/ping"));
        var page = await admin.GetStringAsync("/admin/features");
        Assert.Contains("data-module=\"Mektep.TestModule\"", page);
        Assert.Contains("href=\"/admin/test-widgets\"", page);

        var response = await admin.PostAsync("/admin/features", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "features",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page),
            ["Toggle"] = "disable:Mektep.TestModule",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/test-module/ping")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/test-widgets")).StatusCode);
        Assert.DoesNotContain("href=\"/admin/test-widgets\"", await admin.GetStringAsync("/admin"));
    }

    [Theory, Providers]
    public async Task ThemeStylesheet_LinkedFromLayout_IsServed(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();
        var home = await client.GetStringAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(home, "href=\"/(_content/Mektep.Themes.AkimsSchool/site[^\"]*\\.css)\"").Groups[1].Value;

        var css = await client.GetStringAsync("/" + href);

        Assert.NotEmpty(href);
        Assert.Contains(".site-header", css);
    }
}
