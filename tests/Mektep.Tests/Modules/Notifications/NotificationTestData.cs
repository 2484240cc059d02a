using System.Net;
using System.Net.Sockets;
using Mektep.Email;
using Mektep.Notifications.Models;
using Mektep.Notifications.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mektep.Tests.Modules.Notifications;

/// <summary>Queues messages, builds drainers with a chosen clock and SMTP target, and reads the SMTP sink's Maildir.</summary>
internal static class NotificationTestData
{
    public const string SmtpHostVariable = "MEKTEP_TEST_SMTP_HOST";
    public const string SmtpPortVariable = "MEKTEP_TEST_SMTP_PORT";
    public const string MaildirVariable = "MEKTEP_TEST_SMTP_MAILDIR";

    public static (string Host, int Port, string Maildir) Smtp =>
        Environment.GetEnvironmentVariable(SmtpHostVariable) is { Length: > 0 } host
        && int.TryParse(Environment.GetEnvironmentVariable(SmtpPortVariable), out var port)
        && Environment.GetEnvironmentVariable(MaildirVariable) is { Length: > 0 } maildir
            ? (host, port, maildir)
            : throw new InvalidOperationException($"{SmtpHostVariable}, {SmtpPortVariable} and {MaildirVariable} are not set: run the tests with `bash build/test.sh`, which starts an SMTP sink on 127.0.0.1.");

    /// <summary>
    /// A manual clock just after now (messages are created on the real clock, so they are due), on a whole second
    /// so that times read back from PostgreSQL (microseconds) compare equal.
    /// </summary>
    public static ManualTimeProvider Clock()
    {
        var now = DateTime.UtcNow;
        return new ManualTimeProvider(new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1));
    }

    /// <summary>A loopback port nobody listens on: connecting fails at once.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static EmailMessage Message(string to, string subject, string? html = null) => new()
    {
        To = to,
        ToName = "Айгүл",
        Subject = subject,
        TextBody = $"Body of {subject}",
        HtmlBody = html,
    };

    /// <summary>Queues and commits messages in one unit of work; returns their ids.</summary>
    public static async Task<List<long>> QueueAsync(SiteFactory site, params (EmailMessage Message, EmailEnvelope Envelope)[] messages)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        foreach (var (message, envelope) in messages)
        {
            await outbox.EnqueueAsync(message, envelope);
        }

        await db.SaveChangesAsync();
        return [.. db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Id)];
    }

    public static Task<List<long>> QueueAsync(SiteFactory site, string to, string subject, string? html = null)
        => QueueAsync(site, (Message(to, subject, html), new EmailEnvelope("tests.plain", Guid.NewGuid().ToString("N"))));

    public static async Task<OutboxMessage> RowAsync(SiteFactory site, long id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public static NotificationOptions Options(SiteFactory site, string? host = null, int port = 25, int maxAttempts = 8)
    {
        var options = site.Services.GetRequiredService<IOptions<NotificationOptions>>().Value;
        return new NotificationOptions
        {
            Smtp = new SmtpOptions { Host = host, Port = port, Security = MailKit.Security.SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
            MaxAttempts = maxAttempts,
            RetryDelay = TimeSpan.FromMinutes(1),
            BatchSize = options.BatchSize,
            From = options.From,
            PickupFolder = options.PickupFolder,
        };
    }

    /// <summary>Drains once in a fresh scope with the given options and clock.</summary>
    public static async Task<DrainResult> DrainAsync(SiteFactory site, NotificationOptions options, TimeProvider clock, IReadOnlyCollection<long>? only = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var drainer = new OutboxDrainer(
            scope.ServiceProvider.GetRequiredService<DbContext>(),
            Microsoft.Extensions.Options.Options.Create(options),
            scope.ServiceProvider.GetRequiredService<MailTransports>(),
            new NotificationPreferences(scope.ServiceProvider.GetRequiredService<DbContext>(), clock),
            clock,
            NullLogger<OutboxDrainer>.Instance);
        return await drainer.DrainOnceAsync(only);
    }

    /// <summary>Messages the SMTP sink received with this subject.</summary>
    public static List<MimeMessage> Received(string subject)
    {
        var folder = Path.Combine(Smtp.Maildir, "new");
        return !Directory.Exists(folder)
            ? []
            : [.. Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).Where(m => m.Subject == subject)];
    }
}
