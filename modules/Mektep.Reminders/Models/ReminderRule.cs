namespace Mektep.Reminders.Models;

/// <summary>A reminder an administrator configured: what, after or before how many days, and how it reaches people.</summary>
public sealed class ReminderRule
{
    public long Id { get; set; }

    public ReminderType Type { get; set; }

    public bool Enabled { get; set; }

    /// <summary>Days of inactivity, or days before a due date or an expiry; unused by other types.</summary>
    public int Days { get; set; }

    /// <summary>Due soon: remind of courses.</summary>
    public bool Courses { get; set; } = true;

    /// <summary>Due soon: remind of quizzes.</summary>
    public bool Quizzes { get; set; } = true;

    /// <summary>Send an email.</summary>
    public bool Email { get; set; } = true;

    /// <summary>List it in the person's notifications on the site.</summary>
    public bool InApp { get; set; } = true;

    public DateTime ModifiedUtc { get; set; }
}
