namespace Mektep.Reminders.Models;

/// <summary>The secret in a learner's private calendar feed address. Resetting replaces it, so the old address stops working.</summary>
public sealed class CalendarToken
{
    public required string UserId { get; set; }

    public required string Token { get; set; }

    public DateTime CreatedUtc { get; set; }
}
