using System.Security.Claims;
using Mektep.Security;
using Microsoft.AspNetCore.Authorization;

namespace Mektep.Engine.Security;

/// <summary>Grants a permission when one of the person's roles holds it; Administrators hold every permission.</summary>
internal sealed class PermissionHandler(RolePermissionCache roles) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var names = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (names.Contains(StandardRoles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return;
        }

        var grants = await roles.GetAsync();
        var accepted = requirement.Permission == EnginePermissions.ViewRegionPeople.Name
            ? [requirement.Permission, EnginePermissions.ManageUsers.Name]
            : new[] { requirement.Permission };

        // Whoever manages all users may read them too, region or not.
        if (names.Any(role => grants.TryGetValue(role, out var permissions) && accepted.Any(permissions.Contains)))
        {
            context.Succeed(requirement);
        }
    }
}
