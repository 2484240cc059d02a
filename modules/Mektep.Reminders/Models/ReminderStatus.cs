namespace Mektep.Reminders.Models;

public enum ReminderStatus
{
    /// <summary>Found by the sweep; a send job will check it and send it.</summary>
    Queued,

    /// <summary>Written to the outbox and the person's notifications.</summary>
    Sent,

    /// <summary>Not sent: the check before sending found it no longer applies (course completed, quiz passed).</summary>
    Skipped,
}
