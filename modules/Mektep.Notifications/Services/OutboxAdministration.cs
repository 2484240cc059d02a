using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

public sealed record OutboxPage(IReadOnlyList<OutboxMessage> Messages, int TotalCount);

/// <summary>The outbox as administrators see it.</summary>
public sealed class OutboxAdministration(DbContext db, TimeProvider clock, OutboxDelivery delivery)
{
    public const int PageSize = 50;

    public async Task<OutboxPage> ListAsync(OutboxStatus? status, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Set<OutboxMessage>().AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new OutboxPage(rows, total);
    }

    /// <summary>Gives a dead message a fresh set of attempts, due now. False when it is not dead (already retried).</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<OutboxMessage>().Where(m => m.Id == id && m.Status == OutboxStatus.Dead)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptUtc, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        await delivery.AfterCommitAsync([id], cancellationToken);
        return true;
    }
}
