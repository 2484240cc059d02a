namespace Mektep.Notifications.Models;

/// <summary>A notification a person sees on the site, read or not.</summary>
public sealed class UserNotification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public string? Url { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }

    public required string IdempotencyKey { get; set; }
}
