using System.Globalization;
using Mektep.Audit;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDelivery> Deliveries, int TotalCount);

/// <summary>The webhook delivery log as administrators see it, and deleting an endpoint with its log.</summary>
public sealed class WebhookAdministration(DbContext db, TimeProvider clock, WebhookDeliverer deliverer, IAuditTrail audit)
{
    public const int PageSize = 50;
    public const string AuditCategory = "Webhooks";

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

    /// <summary>
    /// Deletes an endpoint and every delivery of it (pending ones are never sent) in one transaction, audited; false
    /// for an unknown id or one another administrator deleted first.
    /// </summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
        => await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var endpoint = await db.Set<WebhookEndpoint>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (endpoint is null)
            {
                return false;
            }

            // The foreign key cascades too; deleting the rows here counts them and does not lean on it. A delivery
            // queued between the two statements goes with the endpoint through the cascade.
            var deliveries = await db.Set<WebhookDelivery>().Where(d => d.EndpointId == id).ExecuteDeleteAsync(cancellationToken);
            if (await db.Set<WebhookEndpoint>().Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) != 1)
            {
                return false;
            }

            await audit.RecordAsync(
                new AuditEvent(AuditCategory, AuditActions.Deleted, id.ToString(CultureInfo.InvariantCulture), SubjectName(endpoint), $"events: {endpoint.EventKinds}; deliveries deleted: {deliveries}"),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });

    /// <summary>The endpoint's site and description: a path or query may carry a receiver's token, which the audit trail should not keep.</summary>
    private static string SubjectName(WebhookEndpoint endpoint)
    {
        var site = Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
        return string.IsNullOrEmpty(endpoint.Description) ? site : $"{site} ({endpoint.Description})";
    }
}
