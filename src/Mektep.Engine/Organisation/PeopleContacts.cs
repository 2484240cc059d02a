using Mektep.Engine.Data;
using Mektep.Localization;
using Mektep.People;
using Mektep.Security;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Organisation;

/// <summary>Preferred cultures and coordinators for background senders (reminders, digests); no scope applies.</summary>
public sealed class PeopleContacts(MektepDbContext db) : IPeopleContacts
{
    public async Task<IReadOnlyDictionary<string, string>> GetPreferredCulturesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in userIds.Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            var rows = await db.Users.AsNoTracking()
                .Where(u => chunk.Contains(u.Id) && u.PreferredCulture != null)
                .Select(u => new { u.Id, u.PreferredCulture })
                .ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => SiteCultures.IsSupported(r.PreferredCulture)))
            {
                result[row.Id] = row.PreferredCulture!;
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<RegionCoordinator>> ListCoordinatorsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from user in db.Users.AsNoTracking()
            join link in db.UserRoles.AsNoTracking() on user.Id equals link.UserId
            join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
            where role.Name == StandardRoles.RegionalCoordinator && !user.IsDisabled && user.CoordinatorRegionId != null
            select new { user.Id, user.CoordinatorRegionId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RegionCoordinator(r.Id, r.CoordinatorRegionId!.Value)).DistinctBy(r => r.UserId)];
    }
}
