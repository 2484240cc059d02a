using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Engine.Account;

public sealed class RegistrationTests
{
    [Theory, Providers]
    public async Task Register_OffByDefault_Returns403(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var response = await site.NewClient().GetAsync("/account/register");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Registration is closed", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Register_SwitchedOnInSettings_CreatesSignedInLearner(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var settings = await admin.GetStringAsync("/admin/settings");
        var saved = await admin.PostAsync("/admin/settings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "settings",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(settings),
            ["Input.SiteName"] = "Әкімдер мектебі",
            ["Input.DefaultCulture"] = "kk",
            ["Input.SiteTheme"] = "Mektep.Themes.AkimsSchool",
            ["Input.AdminTheme"] = "Mektep.Themes.Admin",
            ["Input.PageSize"] = "25",
            ["Input.AllowRegistration"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var visitor = site.NewClient();
        var form = await visitor.GetStringAsync("/account/register");

        var response = await visitor.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(form),
            ["Input.DisplayName"] = "Ерлан Қасымов",
            ["Input.Email"] = "erlan@mektep.test",
            ["Input.Password"] = "Erlan-Password-1",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await visitor.GetStringAsync("/");
        Assert.Contains("Әкімдер мектебі", home);
        Assert.Contains("Ерлан Қасымов", home);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync("/admin")).StatusCode);
    }
}
