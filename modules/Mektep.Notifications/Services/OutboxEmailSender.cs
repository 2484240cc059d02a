using Mektep.Email;
using Mektep.Modules;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mektep.Notifications.Services;

/// <summary>
/// Replaces the engine's <see cref="IEmailSender"/>: while this module is enabled, engine mail (password reset,
/// imported accounts) is written to the outbox and delivered from there; while it is disabled, the engine's own
/// sender (the pickup folder) is used, as if the module were not installed.
/// </summary>
public sealed class OutboxEmailSender(
    IServiceScopeFactory scopes,
    IFeatureManager features,
    IEmailSender engineSender,
    OutboxDelivery delivery,
    MailTransports transports,
    IOptions<NotificationOptions> options,
    TimeProvider clock) : IEmailSender
{
    public const string EngineSenderKey = "Mektep.Notifications.EngineSender";

    public static readonly string ModuleId = typeof(OutboxEmailSender).Assembly.GetName().Name!;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (!features.IsEnabled(ModuleId))
        {
            await engineSender.SendAsync(message, cancellationToken);
            return;
        }

        var envelope = new EmailEnvelope(DefaultEmailKinds.Account, $"{DefaultEmailKinds.Account}:{Guid.NewGuid():N}") { IsEssential = true };
        var row = EmailOutbox.NewRow(message, envelope, clock.GetUtcNow().UtcDateTime);
        var pickup = options.Value.Smtp.Host is not { Length: > 0 };
        if (pickup)
        {
            // Writing a local file cannot fail for a while and then work, so the pickup folder is written at once
            // and the row records it as sent; only a failed write leaves it pending for the drain to retry.
            await DeliverNowAsync(row, cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!pickup)
        {
            delivery.RequestDrain();
        }
    }

    private async Task DeliverNowAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            await using var transport = await transports.OpenAsync(options.Value, cancellationToken);
            await transport.SendAsync(MimeMessages.Create(row, options.Value.From), cancellationToken);
            row.Status = OutboxStatus.Sent;
            row.SentUtc = clock.GetUtcNow().UtcDateTime;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            row.LastError = $"{ex.GetType().Name}: {ex.Message}";
            row.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + OutboxDrainer.BackOff(options.Value, 1);
        }

        row.Attempts = 1;
    }
}
