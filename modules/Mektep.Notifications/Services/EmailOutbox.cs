using System.Text.Json;
using Mektep.Email;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>Adds messages to the request's scoped <see cref="DbContext"/>; they commit with the caller's <c>SaveChanges</c>.</summary>
public sealed class EmailOutbox(DbContext db, TimeProvider clock, OutboxDelivery delivery) : IEmailOutbox
{
    private bool _watching;

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

        set.Add(NewRow(message, envelope, clock.GetUtcNow().UtcDateTime));
        if (!_watching)
        {
            // Once the caller's SaveChanges went through, ask for a drain now rather than at the next minute.
            // Inside a longer transaction the drain may run before the commit; the minute's drain then sends it.
            _watching = true;
            db.SavedChanges += (_, e) =>
            {
                if (e.EntitiesSavedCount > 0)
                {
                    delivery.RequestDrain();
                }
            };
        }

        return true;
    }

    /// <summary>A pending outbox row for the message.</summary>
    public static OutboxMessage NewRow(EmailMessage message, EmailEnvelope envelope, DateTime now) => new()
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
    };
}
