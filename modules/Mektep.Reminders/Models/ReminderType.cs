namespace Mektep.Reminders.Models;

/// <summary>
/// What a rule reminds of. Certificate mail (issued, expiring) belongs to the certificates module, which sends it once per
/// certificate; there is no reminder rule for it.
/// </summary>
public enum ReminderType
{
    /// <summary>A learner was enrolled in a course.</summary>
    Welcome,

    /// <summary>No activity for N days in an unfinished course.</summary>
    Inactivity,

    /// <summary>A course (the learner's own due date first) or a quiz (its closing time) is due within N days.</summary>
    DueSoon,

    /// <summary>A graded attempt failed and the learner may try again.</summary>
    QuizFailed,

    /// <summary>Each regional coordinator gets their region's progress once a week.</summary>
    WeeklyDigest,
}
