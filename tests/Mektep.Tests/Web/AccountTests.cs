using System.Net;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Web;

public sealed class AccountTests
{
    [Theory, Providers]
    public async Task Admin_Anonymous_RedirectsToLoginWithReturnUrl(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var response = await site.NewClient().GetAsync("/admin/features");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fadmin%2Ffeatures", response.Headers.Location!.PathAndQuery);
    }

    [Theory, Providers]
    public async Task Login_WrongPassword_Answers400WithMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient().InEnglish();

        var response = await FormClientExtensions.LoginAsync(client, SiteFactory.AdminEmail, "Wrong-Password-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The email or password is not correct.", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("mektep.auth=", StringComparison.Ordinal)));
    }

    [Theory, Providers]
    public async Task Login_UnknownEmail_Answers400WithTheSameMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient().InEnglish();

        var response = await FormClientExtensions.LoginAsync(client, "nobody@mektep.test", SiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The email or password is not correct.", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient().InEnglish();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await FormClientExtensions.LoginAsync(client, SiteFactory.AdminEmail, "Wrong-Password-1")).StatusCode);
        }

        var fifth = await FormClientExtensions.LoginAsync(client, SiteFactory.AdminEmail, "Wrong-Password-1");
        var right = await FormClientExtensions.LoginAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Too many failed attempts for this account; try again in 15 minutes.", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory, Providers]
    public async Task Login_ExternalReturnUrl_RedirectsHome(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var response = await FormClientExtensions.LoginAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword, "?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        var protocolRelative = await FormClientExtensions.LoginAsync(site.NewClient(), SiteFactory.AdminEmail, SiteFactory.AdminPassword, "?ReturnUrl=%2F%2Fevil.example");
        var local = await FormClientExtensions.LoginAsync(site.NewClient(), SiteFactory.AdminEmail, SiteFactory.AdminPassword, "?ReturnUrl=%2Fadmin%2Ffeatures");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal("/", protocolRelative.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.EndsWith("/admin/features", local.Headers.Location!.OriginalString);
    }

    [Theory, Providers]
    public async Task Admin_Learner_Gets403(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var client = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);

        var dashboard = await client.GetAsync("/admin");
        var features = await client.GetAsync("/admin/features");

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, features.StatusCode);
    }

    [Theory, Providers]
    public async Task Admin_CurriculumEditor_OpensDashboardButNotFeatures(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor);
        var client = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);

        var dashboard = await client.GetAsync("/admin");
        var features = await client.GetAsync("/admin/features");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.DoesNotContain("href=\"/admin/features\"", await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, features.StatusCode);
    }

    [Theory, Providers]
    public async Task Post_WithoutAntiforgeryToken_Answers400(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var login = await site.NewClient().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = SiteFactory.AdminEmail,
            ["Input.Password"] = SiteFactory.AdminPassword,
        }));
        var features = await admin.PostAsync("/admin/features", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "features",
            ["Toggle"] = "disable:Mektep.TestModule",
        }));
        var culture = await admin.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "kk" }));
        var logout = await admin.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, features.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal("pong", await admin.GetStringAsync("/api/test-module/ping"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Theory, Providers]
    public async Task Logout_WithToken_ClearsTheCookie(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync("/admin", handler: null, new Dictionary<string, string>(), postUrl: "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mektep.auth=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin")).StatusCode);
    }
}
