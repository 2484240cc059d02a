using Mektep.Jobs;
using Mektep.Notifications.Services;

namespace Mektep.Notifications.Jobs;

/// <summary>Delivers what is due in the outbox: every minute, and right after mail is queued.</summary>
public sealed class DrainOutboxJob(OutboxDrainer drainer) : IBackgroundJob<RecurringJobArgs>
{
    public const string Id = "notifications:drain-outbox";

    public Task RunAsync(RecurringJobArgs args, CancellationToken cancellationToken) => drainer.DrainAsync(maxBatches: 50, cancellationToken);
}
