using System.Net;
using System.Security.Claims;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mektep.Tests.Security;

/// <summary>
/// The sign-in cookie is unprotected once per value and remembered: a copy per request, nothing remembered that the
/// real format refused, and the security stamp still checked on the remembered ticket.
/// </summary>
public sealed class CachedTicketFormatTests
{
    [Fact]
    public void Unprotect_TheSameCookieTwice_ReadsItOnceAndGivesEachCallerItsOwnCopy()
    {
        var inner = new CountingFormat();
        var format = new CachedTicketFormat(inner);

        var first = format.Unprotect("cookie-a");
        first!.Properties.Items["changed"] = "by the first request";
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("added", "by the first request"));
        var second = format.Unprotect("cookie-a");

        Assert.Equal(1, inner.Reads);
        Assert.Equal("learner-1", second!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
        Assert.Null(second.Principal.FindFirst("added"));
        Assert.Equal(inner.Issued, second.Properties.IssuedUtc);
    }

    [Fact]
    public void Unprotect_ACookieTheFormatRefuses_IsCheckedAgainEveryTime()
    {
        var inner = new CountingFormat();
        var format = new CachedTicketFormat(inner);

        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("forged"));

        Assert.Equal(2, inner.Reads);
    }

    [Fact]
    public void Unprotect_DifferentCookiesOrAPurpose_AreReadByTheFormat()
    {
        var inner = new CountingFormat();
        var format = new CachedTicketFormat(inner);

        format.Unprotect("cookie-a");
        format.Unprotect("cookie-b");
        format.Unprotect("cookie-a", "another purpose");
        format.Unprotect("cookie-a", "another purpose");

        Assert.Equal(4, inner.Reads);
    }

    [Theory, Providers]
    public async Task SignedInPages_AfterTheSecurityStampChanges_SignThePersonOutOnceTheIntervalPasses(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var userId = await site.CreateUserAsync("learner@mektep.test");
        var client = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        site.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.TimeProvider = clock;

        var before = await client.GetAsync("/account");
        var again = await client.GetAsync("/account");
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(userId))!);
        }

        var withinInterval = await client.GetAsync("/account");
        clock.Advance(TimeSpan.FromMinutes(2));
        var after = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withinInterval.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public DateTimeOffset Issued { get; } = new(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);

        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            if (protectedText == "forged")
            {
                return null;
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "learner-1")], "Identity.Application"));
            return new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = Issued }, "Identity.Application");
        }
    }
}
