using Mektep.Reminders.Models;

namespace Mektep.Reminders.Services;

/// <summary>English names of rule types (keys of the localizer).</summary>
public static class ReminderTypeNames
{
    public static string Of(ReminderType type) => type switch
    {
        ReminderType.Welcome => "Welcome on enrollment",
        ReminderType.Inactivity => "No activity in an unfinished course",
        ReminderType.DueSoon => "Due soon",
        ReminderType.QuizFailed => "Quiz failed, attempts left",
        ReminderType.WeeklyDigest => "Weekly digest for regional coordinators",
        _ => type.ToString(),
    };
}
