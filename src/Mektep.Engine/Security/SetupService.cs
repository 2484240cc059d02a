using Mektep.Security;
using Microsoft.AspNetCore.Identity;

namespace Mektep.Engine.Security;

/// <summary>Creates the first administrator, once: from configuration or from the one-time /setup page.</summary>
public sealed class SetupService(UserManager<SiteUser> users, TimeProvider clock)
{
    public async Task<bool> HasAdministratorAsync() => (await users.GetUsersInRoleAsync(StandardRoles.Administrator)).Count > 0;

    public async Task<IdentityResult> CreateAdministratorAsync(string email, string displayName, string password)
    {
        var user = new SiteUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, StandardRoles.Administrator) : created;
    }
}
