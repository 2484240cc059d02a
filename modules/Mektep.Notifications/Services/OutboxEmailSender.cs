using Mektep.Email;
using Mektep.Modules;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Notifications.Services;

/// <summary>
/// Replaces the engine's <see cref="IEmailSender"/>: while this module is enabled, engine mail (password reset,
/// imported accounts) is written to the outbox and delivered from there; while it is disabled, the engine's own
/// sender (the pickup folder) is used, as if the module were not installed.
/// </summary>
public sealed class OutboxEmailSender(IServiceScopeFactory scopes, IFeatureManager features, IEmailSender engineSender, OutboxDelivery delivery) : IEmailSender
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

        long id;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
            await outbox.EnqueueAsync(message, new EmailEnvelope(DefaultEmailKinds.Account, $"{DefaultEmailKinds.Account}:{Guid.NewGuid():N}") { IsEssential = true }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            id = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity.Id;
        }

        await delivery.AfterCommitAsync([id], cancellationToken);
    }
}
