using Mektep.Reminders.Models;

namespace Mektep.Reminders.Services;

/// <summary>A reminder a rule owes someone now, with what the message needs about it.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="UserId">Who gets it.</param>
/// <param name="Subject">A course or quiz localization set, or <c>region:{id}</c>.</param>
/// <param name="Period">Which occurrence (see <see cref="ReminderLedgerEntry.Period"/>).</param>
/// <param name="Kind">The message kind.</param>
/// <param name="CourseSet">The course it is about, if any.</param>
/// <param name="DueUtc">The due date, closing time or idle-since time it is about.</param>
/// <param name="Percent">The learner's progress in the course, or the last score of a failed quiz.</param>
/// <param name="AttemptsLeft">Attempts left at a failed quiz; null for no limit.</param>
/// <param name="RegionId">The region of a digest.</param>
public sealed record ReminderCandidate(
    long RuleId,
    string UserId,
    string Subject,
    string Period,
    string Kind,
    string? CourseSet = null,
    DateTime? DueUtc = null,
    decimal Percent = 0,
    int? AttemptsLeft = null,
    int? RegionId = null)
{
    public (long, string, string, string) Key => (RuleId, UserId, Subject, Period);
}
