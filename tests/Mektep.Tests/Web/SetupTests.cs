using System.Net;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Web;

public sealed class SetupTests
{
    [Theory, Providers]
    public async Task Setup_SiteWithAdministrator_SaysSoAndShowsNoForm(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var page = await site.NewClient().InEnglish().GetStringAsync("/setup");

        Assert.Contains("already has an administrator", page);
        Assert.DoesNotContain("name=\"Input.Password\"", page);
    }

    [Theory, Providers]
    public async Task Setup_FreshSite_CreatesTheAdministratorOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Setup:AdminEmail"] = "" });
        var first = site.NewClient().InEnglish();
        var second = site.NewClient().InEnglish();
        var secondPage = await second.GetStringAsync("/setup");

        var created = await first.PostFormAsync("/setup", "setup", Form("first@mektep.test"));
        var refused = await second.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>(Form("second@mektep.test"))
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(secondPage),
        }));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith("/admin", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"Second setup answered {refused.StatusCode}.");
        Assert.Contains("already has an administrator", await second.GetStringAsync("/setup"));
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        Assert.Equal(["first@mektep.test"], (await users.GetUsersInRoleAsync(StandardRoles.Administrator)).Select(u => u.Email));
        Assert.Null(await users.FindByEmailAsync("second@mektep.test"));
    }

    [Theory, Providers]
    public async Task Setup_WeakPassword_ShowsErrorsAndCreatesNobody(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Setup:AdminEmail"] = "" });
        var client = site.NewClient().InEnglish();
        var form = Form("first@mektep.test");
        form["Input.Password"] = "short";

        var response = await client.PostFormAsync("/setup", "setup", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("already has an administrator", await client.GetStringAsync("/setup"));
    }

    private static Dictionary<string, string> Form(string email) => new()
    {
        ["Input.SiteName"] = "Ауыл мектебі",
        ["Input.Name"] = "Бірінші әкімші",
        ["Input.Email"] = email,
        ["Input.Password"] = "Setup-Password-1",
        ["Input.Culture"] = "kk",
    };
}
