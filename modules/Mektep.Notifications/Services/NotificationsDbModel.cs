using Mektep.Data;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

public sealed class NotificationsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages");
            b.HasKey(x => x.Id);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => x.IdempotencyKey).IsUnique();
        });
        modelBuilder.Entity<NotificationPreference>(b =>
        {
            b.ToTable("NotificationPreferences");
            b.HasKey(x => new { x.UserId, x.Kind });
        });
        modelBuilder.Entity<UserNotification>(b =>
        {
            b.ToTable("UserNotifications");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.IdempotencyKey).IsUnique();
        });
        modelBuilder.Entity<NotificationSettings>(b =>
        {
            b.ToTable("NotificationSettings");
            b.HasKey(x => x.UserId);
        });
        modelBuilder.Entity<WebhookEndpoint>(b =>
        {
            b.ToTable("WebhookEndpoints");
            b.HasKey(x => x.Id);
            b.Ignore(x => x.Kinds);
        });
        modelBuilder.Entity<WebhookDelivery>(b =>
        {
            b.ToTable("WebhookDeliveries");
            b.HasKey(x => x.Id);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.EndpointId, x.EventId }).IsUnique();
        });
        modelBuilder.Entity<EmailTemplateOverride>(b =>
        {
            b.ToTable("EmailTemplateOverrides");
            b.HasKey(x => new { x.Kind, x.Culture });
        });
    }
}
