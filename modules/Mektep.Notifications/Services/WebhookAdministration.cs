using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDelivery> Deliveries, int TotalCount);

/// <summary>The webhook delivery log as administrators see it.</summary>
public sealed class WebhookAdministration(DbContext db, TimeProvider clock, WebhookDeliverer deliverer)
{
    public const int PageSize = 50;

    public async Task<WebhookDeliveryPage> ListAsync(long? endpointId, WebhookDeliveryStatus? status, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Set<WebhookDelivery>().AsNoTracking();
        if (endpointId is { } endpoint)
        {
            query = query.Where(d => d.EndpointId == endpoint);
        }

        if (status is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new(rows, total);
    }

    /// <summary>
    /// Gives a dead delivery a fresh set of attempts and makes one at once (the administrator sees the outcome);
    /// false when it was not dead (already retried).
    /// </summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<WebhookDelivery>().Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Dead)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending).SetProperty(d => d.Attempts, 0).SetProperty(d => d.NextAttemptUtc, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        await deliverer.DeliverOnceAsync([id], cancellationToken);
        return true;
    }
}
