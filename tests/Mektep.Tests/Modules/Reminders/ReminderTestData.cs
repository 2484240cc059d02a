using Mektep.Courses.Models;
using Mektep.Notifications.Models;
using Mektep.Reminders.Models;
using Mektep.Reminders.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Reminders;

/// <summary>Turns rules on and off, runs the sweep and sends in fresh scopes, and reads the ledger, outbox and notifications.</summary>
internal static class ReminderTestData
{
    /// <summary>Leaves only the rule of <paramref name="type"/> enabled (with <paramref name="days"/>) and returns its id.</summary>
    public static async Task<long> OnlyRuleAsync(this SiteFactory site, ReminderType type, int days = 0, Action<ReminderRule>? alter = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        await db.Set<ReminderRule>().ExecuteUpdateAsync(s => s.SetProperty(r => r.Enabled, false));
        var rule = await db.Set<ReminderRule>().FirstAsync(r => r.Type == type);
        rule.Enabled = true;
        rule.Days = days;
        rule.Email = true;
        rule.InApp = true;
        alter?.Invoke(rule);
        await db.SaveChangesAsync();
        return rule.Id;
    }

    public static async Task<SweepResult> SweepAsync(this SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSweeper>().SweepAsync();
    }

    public static async Task<SendOutcome> SendAsync(this SiteFactory site, long ledgerId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSender>().SendAsync(ledgerId);
    }

    public static async Task<List<ReminderLedgerEntry>> LedgerAsync(this SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<ReminderLedgerEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(this SiteFactory site, string kindPrefix = "reminders.")
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Kind.StartsWith(kindPrefix)).OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<List<UserNotification>> NotificationsAsync(this SiteFactory site, string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<UserNotification>().AsNoTracking()
            .Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>Changes a learner's enrollment row directly (an earlier enrollment time, a completion, an extension).</summary>
    public static async Task AlterEnrollmentAsync(this SiteFactory site, string userId, string courseSet, Action<Enrollment> alter)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var enrollment = await db.Set<Enrollment>().FirstAsync(e => e.UserId == userId && e.CourseSet == courseSet);
        alter(enrollment);
        await db.SaveChangesAsync();
    }
}
