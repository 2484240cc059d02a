using System.Collections.Frozen;
using Mektep.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Security;

/// <summary>Role -> permissions, read from role claims and kept for a few seconds so a check costs no query.</summary>
public sealed class RolePermissionCache(IDbContextFactory<MektepDbContext> dbFactory, TimeProvider clock)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private volatile Snapshot? _snapshot;

    public async Task<FrozenDictionary<string, FrozenSet<string>>> GetAsync()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < RefreshInterval)
        {
            return snapshot.Grants;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await (from claim in db.RoleClaims
                          join role in db.Roles on claim.RoleId equals role.Id
                          where claim.ClaimType == SiteRole.PermissionClaimType
                          select new { role.Name, claim.ClaimValue }).AsNoTracking().ToListAsync();
        var grants = rows
            .Where(r => r.Name is not null && r.ClaimValue is not null)
            .GroupBy(r => r.Name!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToFrozenSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        _snapshot = new Snapshot(grants, clock.GetUtcNow());
        return grants;
    }

    public void Invalidate() => _snapshot = null;

    private sealed record Snapshot(FrozenDictionary<string, FrozenSet<string>> Grants, DateTimeOffset LoadedAt);
}
