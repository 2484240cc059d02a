using System.Collections.Frozen;
using Mektep.Security;

namespace Mektep.Engine.Security;

/// <summary>Every permission declared by the engine and the modules.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    private readonly FrozenDictionary<string, Permission> _all = providers
        .SelectMany(p => p.GetPermissions())
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public IEnumerable<Permission> All => _all.Values.OrderBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal);

    public Permission? Find(string name) => _all.GetValueOrDefault(name);

    public IEnumerable<(string Role, Permission Permission)> DefaultGrants => providers
        .SelectMany(p => p.GetDefaultGrants())
        .SelectMany(g => g.Permissions.Select(permission => (g.Role, permission)));
}
