using System.Security.Claims;
using Mektep.Engine.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Infrastructure;

/// <summary>Users for tests that call services directly rather than through HTTP.</summary>
public static class TestUsers
{
    public const string Password = "User-Password-1";

    /// <summary>Creates a user, optionally in a role, and returns its id.</summary>
    public static async Task<string> CreateUserAsync(this SiteFactory site, string email, string? role = null, string? displayName = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        var user = new SiteUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? email, LockoutEnabled = true };
        Check(await users.CreateAsync(user, Password));
        if (role is not null)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return user.Id;
    }

    public static async Task<string> AdminIdAsync(this SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        return (await users.FindByEmailAsync(SiteFactory.AdminEmail))!.Id;
    }

    /// <summary>
    /// Makes services resolved from <paramref name="scoped"/> see <paramref name="userId"/> as the current user.
    /// The accessor is async-local: call this from the test method itself, not from an async helper.
    /// </summary>
    public static void ActAs(this IServiceProvider scoped, string userId)
        => scoped.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scoped,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Test")),
        };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
