namespace Mektep.Reminders.Models;

/// <summary>What a rule reminds of. Certificate types are raised by the certificates module, not by the sweep.</summary>
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

    /// <summary>A certificate was issued (raised by the certificates module).</summary>
    CertificateIssued,

    /// <summary>A certificate expires within N days (raised by the certificates module).</summary>
    CertificateExpiring,
}
