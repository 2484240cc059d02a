namespace Mektep.Notifications.Models;

/// <summary>One email waiting for, or done with, delivery.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public string? Culture { get; set; }

    public string? UserId { get; set; }

    public bool IsEssential { get; set; }

    public required string ToAddress { get; set; }

    public string? ToName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>JSON array of { fileName, contentType, content (base64) }.</summary>
    public string? AttachmentsJson { get; set; }

    /// <summary>JSON object of extra headers.</summary>
    public string? HeadersJson { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The drain that claimed it, so only that drain records the outcome.</summary>
    public string? ClaimToken { get; set; }

    public DateTime? ClaimedUtc { get; set; }

    public required string IdempotencyKey { get; set; }
}
