using MailKit.Security;

namespace Mektep.Notifications.Services;

/// <summary>The <c>Notifications</c> configuration section. Credentials belong in user secrets or the environment, never in the repository.</summary>
public sealed class NotificationOptions
{
    /// <summary><c>Notifications:Smtp:*</c>. Without a host, mail is written to the pickup folder instead.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary><c>Notifications:MaxAttempts</c>: failed attempts before a message is dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary><c>Notifications:RetryDelay</c>: the first back-off; it doubles with each failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>Notifications:MaxRetryDelay</c>: the back-off never grows beyond this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary><c>Notifications:BatchSize</c>: messages claimed and sent over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary><c>Notifications:ClaimTimeout</c>: a claim older than this belongs to a node that died; the message is retried.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary><c>Notifications:PublicBaseUrl</c>: the site's address for links in mail sent by jobs (no request to take it from).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary><c>Mail:From</c> (shared with the engine): the sender.</summary>
    public string From { get; set; } = "Mektep <no-reply@mektep.local>";

    /// <summary><c>Mail:PickupFolder</c> (shared with the engine): where .eml files go without SMTP.</summary>
    public string PickupFolder { get; set; } = "";
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
