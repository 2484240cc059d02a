using Microsoft.AspNetCore.Identity;

namespace Mektep.Engine.Security;

/// <summary>A role; its permissions are stored as role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class SiteRole : IdentityRole
{
    public const string PermissionClaimType = "Permission";

    public string Description { get; set; } = "";
}
