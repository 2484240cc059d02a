namespace Mektep.Notifications.Models;

public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>Claimed by a drain on some node.</summary>
    Sending,

    /// <summary>Handed to the SMTP server (or written to the pickup folder).</summary>
    Sent,

    /// <summary>Failed too often; an administrator may retry it.</summary>
    Dead,

    /// <summary>Not sent: the recipient unsubscribed from this kind.</summary>
    Suppressed,
}
