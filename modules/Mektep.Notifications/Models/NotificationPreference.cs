namespace Mektep.Notifications.Models;

/// <summary>A person's choice about one kind of optional mail. No row means they get it.</summary>
public sealed class NotificationPreference
{
    public required string UserId { get; set; }

    public required string Kind { get; set; }

    public bool Unsubscribed { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
