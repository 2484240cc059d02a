namespace Mektep.Reminders.Models;

/// <summary>
/// One reminder owed to one person: unique per (rule, user, subject, period), so however often the sweep runs, on
/// however many nodes, and however often a send is retried, the reminder is queued and sent once.
/// </summary>
public sealed class ReminderLedgerEntry
{
    public long Id { get; set; }

    public long RuleId { get; set; }

    public required string UserId { get; set; }

    /// <summary>What it is about: a course or quiz localization set, or <c>region:{id}</c> for a digest.</summary>
    public required string Subject { get; set; }

    /// <summary>Which occurrence: the enrollment time, the idle stretch, the due date, the attempt, the week.</summary>
    public required string Period { get; set; }

    public ReminderStatus Status { get; set; }

    /// <summary>Why a queued reminder was not sent.</summary>
    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ProcessedUtc { get; set; }
}
