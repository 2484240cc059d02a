using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>Who opted out of which optional mail.</summary>
public sealed class NotificationPreferences(DbContext db, TimeProvider clock)
{
    public async Task<HashSet<(string UserId, string Kind)>> UnsubscribedAsync(IEnumerable<(string UserId, string Kind)> pairs, CancellationToken cancellationToken)
    {
        var wanted = pairs.ToList();
        var users = wanted.Select(p => p.UserId).Distinct().ToList();
        if (users.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.Unsubscribed && users.Contains(p.UserId))
            .Select(p => new { p.UserId, p.Kind })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.UserId, r.Kind))];
    }

    public Task<bool> IsUnsubscribedAsync(string userId, string kind, CancellationToken cancellationToken = default)
        => db.Set<NotificationPreference>().AnyAsync(p => p.UserId == userId && p.Kind == kind && p.Unsubscribed, cancellationToken);

    /// <summary>
    /// Records the choice and, when opting out, suppresses the person's queued messages of that kind at once.
    /// Both steps are idempotent, so a repeated click (or a crash between them) leaves the same state.
    /// </summary>
    public async Task SetUnsubscribedAsync(string userId, string kind, bool unsubscribed, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Set<NotificationPreference>().FindAsync([userId, kind], cancellationToken);
        if (row is null)
        {
            db.Add(new NotificationPreference { UserId = userId, Kind = kind, Unsubscribed = unsubscribed, ModifiedUtc = now });
        }
        else
        {
            row.Unsubscribed = unsubscribed;
            row.ModifiedUtc = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (row is null)
        {
            // A second click raced the first: the row exists now with the same choice.
            db.ChangeTracker.Clear();
        }

        if (unsubscribed)
        {
            await db.Set<OutboxMessage>()
                .Where(m => m.UserId == userId && m.Kind == kind && !m.IsEssential && m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Suppressed), cancellationToken);
        }
    }
}
