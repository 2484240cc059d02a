using System.Net;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Web;

public sealed class CultureTests
{
    [Theory, Providers]
    public async Task Culture_AnonymousPicksKazakh_SetsCookieAndPagesUseIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var response = await client.PostAsync("/culture", Form(("culture", "kk"), ("returnUrl", "/account/login")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Dkk%7Cuic%3Dkk", StringComparison.Ordinal));
        Assert.Contains("lang=\"kk\"", await client.GetStringAsync("/account/login"));
    }

    [Theory, Providers]
    public async Task Culture_SignedInUser_IsRememberedForTheNextSignIn(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = await site.AdminClientAsync();

        await client.PostFormAsync("/admin", handler: null, new Dictionary<string, string> { ["culture"] = "kk", ["returnUrl"] = "/admin" }, postUrl: "/culture");

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>().FindByEmailAsync(SiteFactory.AdminEmail);
            Assert.Equal("kk", admin!.PreferredCulture);
        }

        var elsewhere = await site.AdminClientAsync();
        elsewhere.InEnglish();
        Assert.Contains("lang=\"kk\"", await elsewhere.GetStringAsync("/admin"));
        Assert.Contains("lang=\"kk\"", await client.GetStringAsync("/admin"));
    }

    [Theory, Providers]
    public async Task Culture_ExternalReturnUrl_RedirectsHome(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var absolute = await client.PostAsync("/culture", Form(("culture", "ru"), ("returnUrl", "https://evil.example/")));
        var protocolRelative = await client.PostAsync("/culture", Form(("culture", "ru"), ("returnUrl", "//evil.example")));
        var backslash = await client.PostAsync("/culture", Form(("culture", "ru"), ("returnUrl", "/\\evil.example")));

        Assert.Equal("/", absolute.Headers.Location!.OriginalString);
        Assert.Equal("/", protocolRelative.Headers.Location!.OriginalString);
        Assert.Equal("/", backslash.Headers.Location!.OriginalString);
    }

    [Theory, Providers]
    public async Task Culture_SignedInWithoutToken_Answers400AndKeepsThePreference(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = await site.AdminClientAsync();

        var response = await client.PostAsync("/culture", Form(("culture", "kk"), ("returnUrl", "/admin")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>().FindByEmailAsync(SiteFactory.AdminEmail);
        Assert.NotEqual("kk", admin!.PreferredCulture);
    }

    [Theory, Providers]
    public async Task Culture_Unsupported_Answers400(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var response = await site.NewClient().PostAsync("/culture", Form(("culture", "de")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // A visitor's picker form carries no antiforgery token: their pages set no cookie, so they can be cached.
    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
