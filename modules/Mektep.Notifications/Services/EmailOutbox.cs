using System.Text.Json;
using Mektep.Email;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>Adds messages to the request's scoped <see cref="DbContext"/>; they commit with the caller's <c>SaveChanges</c>.</summary>
public sealed class EmailOutbox(DbContext db, TimeProvider clock) : IEmailOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> EnqueueAsync(EmailMessage message, EmailEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(envelope.IdempotencyKey);
        var set = db.Set<OutboxMessage>();
        if (set.Local.Any(m => m.IdempotencyKey == envelope.IdempotencyKey)
            || await set.AnyAsync(m => m.IdempotencyKey == envelope.IdempotencyKey, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        set.Add(new OutboxMessage
        {
            Kind = envelope.Kind,
            Culture = envelope.Culture,
            UserId = envelope.UserId,
            IsEssential = envelope.IsEssential,
            ToAddress = message.To,
            ToName = message.ToName,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            AttachmentsJson = message.Attachments.Count == 0 ? null : JsonSerializer.Serialize(message.Attachments, Json),
            HeadersJson = message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers, Json),
            Status = OutboxStatus.Pending,
            NextAttemptUtc = now,
            CreatedUtc = now,
            IdempotencyKey = envelope.IdempotencyKey,
        });
        return true;
    }
}
