using System.Security.Claims;
using Mektep.Audit;
using Mektep.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Security;

/// <summary>Roles and the permissions granted to them.</summary>
public sealed class RoleAdministration(RoleManager<SiteRole> roles, PermissionCatalog permissions, RolePermissionCache cache, IAuditTrail audit)
{
    public async Task<IReadOnlyList<SiteRole>> ListAsync()
        => await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync();

    public async Task<IReadOnlySet<string>> GrantedAsync(SiteRole role)
        => (await roles.GetClaimsAsync(role)).Where(c => c.Type == SiteRole.PermissionClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public async Task<IdentityResult> CreateAsync(string name, string description)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_'))
        {
            return IdentityResult.Failed(new IdentityError { Code = "RoleName", Description = "A role name has 1 to 64 letters, digits, spaces, dashes or underscores." });
        }

        var role = new SiteRole { Name = name, Description = description.Trim() };
        var result = await roles.CreateAsync(role);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Roles, AuditActions.Created, role.Id, name));
        }

        return result;
    }

    /// <summary>Makes the role's grants exactly <paramref name="granted"/>; unknown permission names are ignored.</summary>
    public async Task<IdentityResult> SetPermissionsAsync(SiteRole role, IEnumerable<string> granted)
    {
        if (role.Name == StandardRoles.Administrator)
        {
            return IdentityResult.Failed(new IdentityError { Code = "Administrator", Description = "Administrators hold every permission; their grants cannot be changed." });
        }

        var wanted = granted.Where(name => permissions.Find(name) is not null).ToHashSet(StringComparer.Ordinal);
        var current = await GrantedAsync(role);
        foreach (var name in current.Except(wanted))
        {
            var result = await roles.RemoveClaimAsync(role, new Claim(SiteRole.PermissionClaimType, name));
            if (!result.Succeeded)
            {
                return result;
            }
        }

        foreach (var name in wanted.Except(current))
        {
            var result = await roles.AddClaimAsync(role, new Claim(SiteRole.PermissionClaimType, name));
            if (!result.Succeeded)
            {
                return result;
            }
        }

        cache.Invalidate();
        var added = wanted.Except(current).Order(StringComparer.Ordinal).ToList();
        var removed = current.Except(wanted).Order(StringComparer.Ordinal).ToList();
        if (added.Count + removed.Count > 0)
        {
            var details = string.Join("; ", new[] { added.Count > 0 ? "+ " + string.Join(", ", added) : null, removed.Count > 0 ? "− " + string.Join(", ", removed) : null }.OfType<string>());
            await audit.RecordAsync(new AuditEvent(AuditCategories.Roles, AuditActions.PermissionsChanged, role.Id, role.Name ?? "", details));
        }

        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(SiteRole role)
    {
        if (StandardRoles.All.Contains(role.Name))
        {
            return IdentityResult.Failed(new IdentityError { Code = "StandardRole", Description = "The standard roles cannot be deleted." });
        }

        var result = await roles.DeleteAsync(role);
        cache.Invalidate();
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Roles, AuditActions.Deleted, role.Id, role.Name ?? ""));
        }

        return result;
    }
}
