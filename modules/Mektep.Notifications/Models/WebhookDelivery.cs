namespace Mektep.Notifications.Models;

/// <summary>One event on its way to one endpoint: the webhooks' outbox row.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    public long EndpointId { get; set; }

    /// <summary>The event's id: (endpoint, event) is unique, so an event is queued once per endpoint.</summary>
    public required string EventId { get; set; }

    public required string Kind { get; set; }

    /// <summary>The JSON body, fixed when queued, so every attempt posts (and signs) the same bytes.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public int? ResponseCode { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public string? ClaimToken { get; set; }

    public DateTime? ClaimedUtc { get; set; }
}

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>Claimed by a delivery job on some node.</summary>
    Sending,

    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Failed too often; an administrator may retry it.</summary>
    Dead,
}
