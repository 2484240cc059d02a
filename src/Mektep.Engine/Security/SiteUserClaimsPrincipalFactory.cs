using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mektep.Engine.Security;

/// <summary>Puts the display name and preferred culture in the cookie, so pages need no user query.</summary>
internal sealed class SiteUserClaimsPrincipalFactory(UserManager<SiteUser> users, RoleManager<SiteRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SiteUser, SiteRole>(users, roles, options)
{
    public const string CultureClaim = "mektep:culture";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SiteUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.PreferredCulture is { Length: > 0 } culture)
        {
            identity.AddClaim(new Claim(CultureClaim, culture));
        }

        return identity;
    }
}
