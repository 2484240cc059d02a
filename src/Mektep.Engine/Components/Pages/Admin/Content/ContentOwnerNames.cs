using Mektep.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Components.Pages.Admin.Content;

/// <summary>Display names of the people who own or edited content, for lists and history.</summary>
public sealed class ContentOwnerNames(MektepDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> FindAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => u.DisplayName is { Length: > 0 } name ? name : u.Email ?? u.Id, StringComparer.Ordinal);
    }
}
