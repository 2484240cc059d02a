using Mektep.Learning;
using Mektep.Modules;
using Mektep.Reminders.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Reminders.Services;

/// <summary>
/// Sends the welcome reminder at the moment of enrollment, in the enrollment's transaction: the ledger row, the outbox
/// message and the site notification commit with the enrollment (or not at all). The ledger's unique key still
/// decides: the hourly sweep finds the row and adds nothing, and a sweep that wrote it first makes this a no-op.
/// </summary>
public sealed class WelcomeOnEnrollment(DbContext db, ReminderCandidates candidates, ReminderSender sender, IFeatureManager features) : ILearningEventHandler
{
    public async Task HandleAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default)
    {
        var enrolled = events.Where(e => e.Kind == LearningEventKinds.Enrolled && e.Data.GetValueOrDefault("course_set") is not null)
            .Select(e => (e.UserId, CourseSet: e.Data["course_set"]!)).ToHashSet();
        if (enrolled.Count == 0 || !features.IsEnabled(typeof(WelcomeOnEnrollment).Assembly.GetName().Name!))
        {
            return;
        }

        var rule = await db.Set<ReminderRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Type == ReminderType.Welcome && r.Enabled && (r.Email || r.InApp), cancellationToken);
        if (rule is null)
        {
            return;
        }

        var owed = await candidates.FindAsync([rule], [.. enrolled.Select(e => e.UserId).Distinct()], cancellationToken);
        foreach (var candidate in owed.Where(c => c.CourseSet is not null && enrolled.Contains((c.UserId, c.CourseSet))))
        {
            await sender.SendNowAsync(rule, candidate, cancellationToken);
        }
    }
}
