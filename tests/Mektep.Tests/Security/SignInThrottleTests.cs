using System.Net;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Security;

/// <summary>
/// Brute force at the sign-in form: five failures lock one account (Identity's lockout, checked before the password),
/// and failures from one address are limited across all accounts. The plain five-failure lockout is in AccountTests.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string Learner = "learner@mektep.test";
    private const string Wrong = "Wrong-Password-1";

    [Theory, Providers]
    public async Task Login_SixthAttemptWithTheRightPassword_IsRefusedWithTheWait(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync(Learner);
        var client = site.NewClient();
        for (var attempt = 1; attempt <= SignInThrottle.MaxFailuresPerAccount; attempt++)
        {
            await FormClientExtensions.LoginAsync(client, Learner, Wrong);
        }

        var sixth = await FormClientExtensions.LoginAsync(client, Learner, TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains("Too many failed attempts for this account; try again in 15 minutes.", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(sixth.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("mektep.auth=", StringComparison.Ordinal)));
    }

    [Theory, Providers]
    public async Task Login_AfterTheLockoutEnds_TheRightPasswordSignsIn(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync(Learner);
        var client = site.NewClient();
        for (var attempt = 1; attempt <= SignInThrottle.MaxFailuresPerAccount; attempt++)
        {
            await FormClientExtensions.LoginAsync(client, Learner, Wrong);
        }

        // Identity reads the system clock for lockouts until .NET 11, so the window's end is moved instead of the clock.
        await EndLockoutAsync(site, Learner);
        var after = await FormClientExtensions.LoginAsync(client, Learner, TestUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }

    [Theory, Providers]
    public async Task Login_SuccessInBetween_StartsTheCountAgain(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync(Learner);
        for (var attempt = 1; attempt < SignInThrottle.MaxFailuresPerAccount; attempt++)
        {
            await FormClientExtensions.LoginAsync(site.NewClient(), Learner, Wrong);
        }

        var success = await FormClientExtensions.LoginAsync(site.NewClient(), Learner, TestUsers.Password);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt < SignInThrottle.MaxFailuresPerAccount; attempt++)
        {
            statuses.Add((await FormClientExtensions.LoginAsync(site.NewClient(), Learner, Wrong)).StatusCode);
        }

        var again = await FormClientExtensions.LoginAsync(site.NewClient(), Learner, TestUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, success.StatusCode);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Theory, Providers]
    public async Task Login_ManyAccountsFromOneAddress_RefusesTheAddressEvenForAnotherAccountsRightPassword(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Security:SignInFailuresPerAddress"] = "3" });
        await site.CreateUserAsync(Learner);
        var statuses = new List<HttpStatusCode>
        {
            (await FormClientExtensions.LoginAsync(site.NewClient(), "nobody@mektep.test", Wrong)).StatusCode,
            (await FormClientExtensions.LoginAsync(site.NewClient(), Learner, Wrong)).StatusCode,
            (await FormClientExtensions.LoginAsync(site.NewClient(), SiteFactory.AdminEmail, Wrong)).StatusCode,
        };

        var refused = await FormClientExtensions.LoginAsync(site.NewClient(), SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts from your address; try again in 15 minutes.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A checked right password would have set the count back to 0.
        Assert.Equal(1, await AccessFailedCountAsync(site, SiteFactory.AdminEmail));
    }

    private static async Task EndLockoutAsync(SiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True(await users.IsLockedOutAsync(user));
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddSeconds(-1));
    }

    private static async Task<int> AccessFailedCountAsync(SiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }
}
