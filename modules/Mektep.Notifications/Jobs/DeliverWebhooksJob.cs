using Mektep.Jobs;
using Mektep.Notifications.Services;

namespace Mektep.Notifications.Jobs;

/// <summary>Posts what is due to webhook endpoints: every minute, and right after events queued deliveries.</summary>
public sealed class DeliverWebhooksJob(WebhookDeliverer deliverer) : IBackgroundJob<RecurringJobArgs>
{
    public const string Id = "notifications:deliver-webhooks";

    public Task RunAsync(RecurringJobArgs args, CancellationToken cancellationToken) => deliverer.DeliverAsync(maxBatches: 20, cancellationToken);
}
