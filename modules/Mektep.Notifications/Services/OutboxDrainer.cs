using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mektep.Notifications.Services;

/// <summary>What one drain did.</summary>
public sealed record DrainResult(int Claimed, int Sent, int Failed, int Dead, int Suppressed);

/// <summary>
/// Delivers due outbox messages. A batch is claimed with one conditional update (status Pending to Sending, with
/// this drain's token), so two drains on two nodes never claim the same row: on PostgreSQL the second update
/// waits for the first's row locks and then no longer matches; SQLite serializes writers. The batch goes out over
/// one SMTP connection; each outcome is recorded only where the row still carries this drain's token.
/// </summary>
public sealed class OutboxDrainer(
    DbContext db,
    IOptions<NotificationOptions> options,
    MailTransports transports,
    NotificationPreferences preferences,
    TimeProvider clock,
    ILogger<OutboxDrainer> logger)
{
    private NotificationOptions Options => options.Value;

    /// <summary>Drains one batch of due messages (or only <paramref name="onlyIds"/>, when given).</summary>
    public async Task<DrainResult> DrainOnceAsync(IReadOnlyCollection<long>? onlyIds = null, CancellationToken cancellationToken = default)
    {
        var set = db.Set<OutboxMessage>();
        var now = clock.GetUtcNow().UtcDateTime;

        // A node that died mid-batch left its claims behind: after the timeout they are due again.
        var stale = now - Options.ClaimTimeout;
        await set.Where(m => m.Status == OutboxStatus.Sending && m.ClaimedUtc < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.ClaimToken, (string?)null), cancellationToken);

        var due = set.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now);
        if (onlyIds is not null)
        {
            due = due.Where(m => onlyIds.Contains(m.Id));
        }

        var candidates = await due.OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Select(m => m.Id).Take(Options.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new DrainResult(0, 0, 0, 0, 0);
        }

        var token = Guid.NewGuid().ToString("N");
        await set.Where(m => candidates.Contains(m.Id) && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUtc, now), cancellationToken);
        var batch = await set.AsNoTracking().Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Sending).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return new DrainResult(0, 0, 0, 0, 0);
        }

        var (sent, failed, dead, suppressed) = (0, 0, 0, 0);
        var optedOut = await preferences.UnsubscribedAsync(batch.Where(m => !m.IsEssential && m.UserId is not null).Select(m => (m.UserId!, m.Kind)), cancellationToken);
        var toSend = new List<OutboxMessage>();
        foreach (var message in batch)
        {
            if (!message.IsEssential && message.UserId is not null && optedOut.Contains((message.UserId, message.Kind)))
            {
                await RecordAsync(message.Id, token, s => s.SetProperty(m => m.Status, OutboxStatus.Suppressed).SetProperty(m => m.ClaimToken, (string?)null));
                suppressed++;
            }
            else
            {
                toSend.Add(message);
            }
        }

        IMailTransport? transport = null;
        try
        {
            transport = toSend.Count == 0 ? null : await transports.OpenAsync(Options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not open the mail transport; {Count} messages wait for their next attempt.", toSend.Count);
            foreach (var message in toSend)
            {
                dead += await FailAsync(message, token, ex) ? 1 : 0;
                failed++;
            }

            return new DrainResult(batch.Count, sent, failed, dead, suppressed);
        }

        await using (transport)
        {
            foreach (var message in toSend)
            {
                if (transport is null || !transport.IsConnected)
                {
                    // The connection broke: give the rest back untouched, they are due again at once.
                    await RecordAsync(message.Id, token, s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.ClaimToken, (string?)null));
                    continue;
                }

                try
                {
                    await transport.SendAsync(MimeMessages.Create(message, Options.From), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Sending outbox message {Id} to {To} failed.", message.Id, message.ToAddress);
                    dead += await FailAsync(message, token, ex) ? 1 : 0;
                    failed++;
                    continue;
                }

                var sentUtc = clock.GetUtcNow().UtcDateTime;
                await RecordAsync(message.Id, token, s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentUtc, sentUtc)
                    .SetProperty(m => m.Attempts, message.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.ClaimToken, (string?)null));
                sent++;
            }
        }

        logger.LogInformation("Outbox drain: {Sent} sent, {Failed} failed ({Dead} dead), {Suppressed} suppressed.", sent, failed, dead, suppressed);
        return new DrainResult(batch.Count, sent, failed, dead, suppressed);
    }

    /// <summary>Drains batches until nothing is due or <paramref name="maxBatches"/> ran.</summary>
    public async Task<int> DrainAsync(int maxBatches, CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var i = 0; i < maxBatches; i++)
        {
            var result = await DrainOnceAsync(null, cancellationToken);
            sent += result.Sent;
            if (result.Claimed < Options.BatchSize || result.Sent == 0)
            {
                break;
            }
        }

        return sent;
    }

    /// <summary>The back-off before attempt <paramref name="attempts"/> + 1: the retry delay doubled per failure, capped.</summary>
    public static TimeSpan BackOff(NotificationOptions options, int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return delay;
    }

    /// <summary>Records a failed attempt; returns true when it made the message dead.</summary>
    private async Task<bool> FailAsync(OutboxMessage message, string token, Exception error)
    {
        var attempts = message.Attempts + 1;
        var isDead = attempts >= Options.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime + BackOff(Options, attempts);
        var text = $"{error.GetType().Name}: {error.Message}";
        await RecordAsync(message.Id, token, s => s
            .SetProperty(m => m.Status, isDead ? OutboxStatus.Dead : OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.ClaimToken, (string?)null));
        return isDead;
    }

    // Outcomes are recorded even when the drain is being cancelled: the message went out already.
    private Task<int> RecordAsync(long id, string token, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> setters)
        => db.Set<OutboxMessage>().Where(m => m.Id == id && m.ClaimToken == token).ExecuteUpdateAsync(setters, CancellationToken.None);
}
