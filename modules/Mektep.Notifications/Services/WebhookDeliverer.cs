using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Mektep.Jobs;
using Mektep.Notifications.Jobs;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mektep.Notifications.Services;

/// <summary>What one delivery run did.</summary>
public sealed record WebhookRunResult(int Claimed, int Delivered, int Failed, int Dead);

/// <summary>The HTTP client webhooks are posted with: no redirects followed, no cookies, a bounded time per POST.</summary>
public sealed class WebhookHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}

/// <summary>Queues a delivery job; if the job storage is unreachable, the minute's recurring run delivers anyway.</summary>
public sealed class WebhookDeliveryRequests(IBackgroundJobQueue jobs, ILogger<WebhookDeliveryRequests> logger)
{
    public void Request()
    {
        try
        {
            jobs.Enqueue<DeliverWebhooksJob, RecurringJobArgs>(new RecurringJobArgs(DeliverWebhooksJob.Id, null));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not queue a webhook delivery.");
        }
    }
}

/// <summary>
/// Posts due webhook deliveries, like the mail outbox: a batch is claimed with one conditional update (Pending to
/// Sending with this run's token), so runs on two nodes never post the same row; each outcome is recorded only where
/// the row still carries the token; a failure waits <c>RetryDelay × 2^(attempts-1)</c>; after <c>MaxAttempts</c> the
/// delivery is dead. Claims older than <c>ClaimTimeout</c> (a node died mid-run) are released. A POST that reached the
/// receiver but was not recorded (a crash in between) is posted again with the same event id: receivers dedupe on it.
/// </summary>
public sealed class WebhookDeliverer(
    DbContext db,
    IOptions<WebhookOptions> options,
    WebhookHttp http,
    WebhookEndpoints endpoints,
    TimeProvider clock,
    ILogger<WebhookDeliverer> logger)
{
    private WebhookOptions Options => options.Value;

    public async Task<WebhookRunResult> DeliverOnceAsync(IReadOnlyCollection<long>? onlyIds = null, CancellationToken cancellationToken = default)
    {
        var set = db.Set<WebhookDelivery>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - Options.ClaimTimeout;
        await set.Where(d => d.Status == WebhookDeliveryStatus.Sending && d.ClaimedUtc < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending).SetProperty(d => d.ClaimToken, (string?)null), cancellationToken);

        var due = set.Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptUtc <= now);
        if (onlyIds is not null)
        {
            due = due.Where(d => onlyIds.Contains(d.Id));
        }

        var candidates = await due.OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id).Select(d => d.Id).Take(Options.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new(0, 0, 0, 0);
        }

        var token = Guid.NewGuid().ToString("N");
        await set.Where(d => candidates.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Sending).SetProperty(d => d.ClaimToken, token).SetProperty(d => d.ClaimedUtc, now), cancellationToken);
        var batch = await set.AsNoTracking().Where(d => d.ClaimToken == token && d.Status == WebhookDeliveryStatus.Sending).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var endpointIds = batch.Select(d => d.EndpointId).Distinct().ToList();
        var targets = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var (delivered, failed, dead) = (0, 0, 0);
        foreach (var delivery in batch)
        {
            var endpoint = targets.GetValueOrDefault(delivery.EndpointId);
            var (code, error) = endpoint is { Enabled: true }
                ? await PostAsync(endpoint, delivery, cancellationToken)
                : (null, "The endpoint is disabled.");
            if (error is null)
            {
                var deliveredUtc = clock.GetUtcNow().UtcDateTime;
                await RecordAsync(delivery.Id, token, s => s
                    .SetProperty(d => d.Status, WebhookDeliveryStatus.Delivered)
                    .SetProperty(d => d.DeliveredUtc, deliveredUtc)
                    .SetProperty(d => d.Attempts, delivery.Attempts + 1)
                    .SetProperty(d => d.ResponseCode, code)
                    .SetProperty(d => d.LastError, (string?)null)
                    .SetProperty(d => d.ClaimToken, (string?)null));
                delivered++;
                continue;
            }

            var attempts = delivery.Attempts + 1;
            var isDead = attempts >= Options.MaxAttempts;
            var next = clock.GetUtcNow().UtcDateTime + BackOff(Options, attempts);
            await RecordAsync(delivery.Id, token, s => s
                .SetProperty(d => d.Status, isDead ? WebhookDeliveryStatus.Dead : WebhookDeliveryStatus.Pending)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.NextAttemptUtc, next)
                .SetProperty(d => d.ResponseCode, code)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.ClaimToken, (string?)null));
            failed++;
            dead += isDead ? 1 : 0;
        }

        logger.LogInformation("Webhooks: {Delivered} delivered, {Failed} failed ({Dead} dead).", delivered, failed, dead);
        return new(batch.Count, delivered, failed, dead);
    }

    /// <summary>Runs until nothing is due or <paramref name="maxBatches"/> ran.</summary>
    public async Task DeliverAsync(int maxBatches, CancellationToken cancellationToken)
    {
        for (var i = 0; i < maxBatches; i++)
        {
            var result = await DeliverOnceAsync(null, cancellationToken);
            if (result.Claimed < Options.BatchSize || result.Delivered == 0)
            {
                return;
            }
        }
    }

    public static TimeSpan BackOff(WebhookOptions options, int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(options.RetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
    }

    /// <summary>Posts the stored payload, signed now; a 2xx answer is success. Returns the status code and the error, if any.</summary>
    private async Task<(int? Code, string? Error)> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Mektep-Webhooks", "1.0"));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(endpoints.SecretOf(endpoint), timestamp, delivery.Payload));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Kind);
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            using var response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (code, null) : (code, $"HTTP {code} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"No answer within {Options.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Webhook delivery {Id} to {Url} failed.", delivery.Id, endpoint.Url);
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private Task<int> RecordAsync(long id, string token, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<WebhookDelivery>> setters)
        => db.Set<WebhookDelivery>().Where(d => d.Id == id && d.ClaimToken == token).ExecuteUpdateAsync(setters, CancellationToken.None);
}
