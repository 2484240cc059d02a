namespace Mektep.Notifications.Models;

/// <summary>A person's general message settings. No row: messages follow their site language.</summary>
public sealed class NotificationSettings
{
    public required string UserId { get; set; }

    /// <summary>kk, ru or en; null follows the person's site language.</summary>
    public string? Culture { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
