using Mektep.Engine.Data;
using Mektep.People;
using Mektep.Security;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Organisation;

/// <summary>
/// The one place that decides whose people the current user may see: managers of users see everyone, a
/// regional coordinator (<see cref="EnginePermissions.ViewRegionPeople"/>) only their region, others nobody.
/// </summary>
public sealed class PeopleDirectory(MektepDbContext db, ICurrentUser currentUser) : IPeopleDirectory
{
    private PeopleScope? _scope;

    public async Task<PeopleScope> GetCurrentScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        if (!currentUser.IsAuthenticated || currentUser.Id is not { } id)
        {
            return _scope = PeopleScope.Nobody;
        }

        if (await currentUser.HasPermissionAsync(EnginePermissions.ManageUsers))
        {
            return _scope = PeopleScope.All;
        }

        if (!await currentUser.HasPermissionAsync(EnginePermissions.ViewRegionPeople))
        {
            return _scope = PeopleScope.Nobody;
        }

        var regionId = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.CoordinatorRegionId).FirstOrDefaultAsync(cancellationToken);
        return _scope = regionId is { } r ? PeopleScope.Region(r) : PeopleScope.Nobody;
    }

    public async Task<PersonPlace?> GetPlaceAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.RuralDistrictId }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var rural = user.RuralDistrictId is { } rid ? await db.Set<RuralDistrict>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, cancellationToken) : null;
        var district = rural is null ? null : await db.Set<District>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == rural.DistrictId, cancellationToken);
        var region = district is null ? null : await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == district.RegionId, cancellationToken);
        return rural is null ? PersonPlace.None : new PersonPlace(region?.Id, region?.Name, district?.Id, district?.Name, rural.Id, rural.Name);
    }

    public async Task<IReadOnlyList<string>> ListUserIdsAsync(PlaceFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await GetCurrentScopeAsync(cancellationToken);
        var query = Filter(db.Users.AsNoTracking(), filter, scope);
        return await query.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListUserIdsAsync(PlaceFilter filter, PeopleScope scope, CancellationToken cancellationToken = default)
        => await Filter(db.Users.AsNoTracking(), filter, scope).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        return await SummariesAsync(db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)), int.MaxValue, cancellationToken);
    }

    public async Task<IReadOnlyList<PersonSummary>> FindPeopleAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        var key = text.Trim().ToUpperInvariant();
        if (key.Length == 0 || take <= 0)
        {
            return [];
        }

        var users = db.Users.AsNoTracking().Where(u => u.NormalizedDisplayName.Contains(key) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(key)));
        return await SummariesAsync(users, take, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> FindIdsByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var keys = emails.Select(e => e.Trim().ToUpperInvariant()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var rows = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null && keys.Contains(u.NormalizedEmail))
            .Select(u => new { u.NormalizedEmail, u.Id }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.NormalizedEmail!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<PlaceUnit>> ListUnitsAsync(CancellationToken cancellationToken = default)
    {
        var regions = await db.Set<Region>().AsNoTracking().ToListAsync(cancellationToken);
        var districts = await db.Set<District>().AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. regions.Select(r => new PlaceUnit(r.Id, r.Name, null)).OrderBy(u => u.Name, StringComparer.CurrentCulture),
            .. districts.Select(d => new PlaceUnit(d.Id, d.Name, d.RegionId)).OrderBy(u => u.Name, StringComparer.CurrentCulture),
        ];
    }

    /// <summary>Narrows users to a unit of the tree, never beyond <paramref name="scope"/>.</summary>
    internal IQueryable<Security.SiteUser> Filter(IQueryable<Security.SiteUser> users, PlaceFilter filter, PeopleScope scope)
    {
        var rurals = db.Set<RuralDistrict>();
        var districts = db.Set<District>();
        if (!scope.Everyone)
        {
            if (scope.RegionId is not { } own)
            {
                return users.Where(_ => false);
            }

            users = InRegion(users, own);
        }

        if (filter.RuralDistrictId is { } ruralId)
        {
            return users.Where(u => u.RuralDistrictId == ruralId);
        }

        if (filter.DistrictId is { } districtId)
        {
            return users.Where(u => rurals.Any(r => r.Id == u.RuralDistrictId && r.DistrictId == districtId));
        }

        return filter.RegionId is { } regionId ? InRegion(users, regionId) : users;

        IQueryable<Security.SiteUser> InRegion(IQueryable<Security.SiteUser> q, int region)
            => q.Where(u => rurals.Any(r => r.Id == u.RuralDistrictId && districts.Any(d => d.Id == r.DistrictId && d.RegionId == region)));
    }

    /// <summary>People with their place, in one query for the users and one for the tree.</summary>
    private async Task<IReadOnlyList<PersonSummary>> SummariesAsync(IQueryable<Security.SiteUser> users, int take, CancellationToken cancellationToken)
    {
        var rows = await users.OrderBy(u => u.NormalizedDisplayName).ThenBy(u => u.Id).Take(take)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.RuralDistrictId })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var ruralIds = rows.Where(r => r.RuralDistrictId is not null).Select(r => r.RuralDistrictId!.Value).Distinct().ToList();
        var rurals = ruralIds.Count == 0 ? [] : await db.Set<RuralDistrict>().AsNoTracking().Where(r => ruralIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var districtIds = rurals.Select(r => r.DistrictId).Distinct().ToList();
        var districts = districtIds.Count == 0 ? [] : await db.Set<District>().AsNoTracking().Where(d => districtIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var regionIds = districts.Select(d => d.RegionId).Distinct().ToList();
        var regions = regionIds.Count == 0 ? [] : await db.Set<Region>().AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var snapshot = new OrganisationSnapshot(regions, districts, rurals);
        return [.. rows.Select(r => new PersonSummary(r.Id, r.DisplayName, r.Email ?? "", snapshot.PlaceOf(r.RuralDistrictId)))];
    }
}
