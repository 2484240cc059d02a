namespace Mektep.Notifications.Services;

/// <summary>The <c>Notifications:Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    /// <summary>Failed attempts before a delivery is dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first back-off; it doubles with each failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The back-off never grows beyond this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Deliveries claimed by one job run.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long one POST may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A claim older than this belongs to a node that died; the delivery is tried again.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
