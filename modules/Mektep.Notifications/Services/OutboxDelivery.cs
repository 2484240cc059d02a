using Mektep.Jobs;
using Mektep.Notifications.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mektep.Notifications.Services;

/// <summary>
/// What happens right after mail was committed to the outbox. With SMTP, a drain job is queued so the message
/// goes out in seconds rather than at the next minute. With the pickup folder (the embedded default), writing a
/// file is cheap and local, so the messages are delivered at once, in the caller's request: a person who asked
/// for a password link finds it in the folder when the page answers.
/// </summary>
public sealed class OutboxDelivery(IServiceScopeFactory scopes, IBackgroundJobQueue jobs, IOptions<NotificationOptions> options, ILogger<OutboxDelivery> logger)
{
    public async Task AfterCommitAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return;
        }

        if (options.Value.Smtp.Host is { Length: > 0 })
        {
            RequestDrain();
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainOnceAsync(ids, cancellationToken);
    }

    /// <summary>Queues a drain job; if the job storage is unreachable, the minute's recurring drain delivers anyway.</summary>
    public void RequestDrain()
    {
        try
        {
            jobs.Enqueue<DrainOutboxJob, RecurringJobArgs>(new RecurringJobArgs(DrainOutboxJob.Id, null));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not queue an outbox drain.");
        }
    }
}
