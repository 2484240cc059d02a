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
}
