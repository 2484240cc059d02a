using Mektep.Reminders.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Reminders.Services;

/// <summary>The rules administrators configure, and what the ledger says each one did.</summary>
public sealed class ReminderRules(DbContext db, TimeProvider clock)
{
    public const int MaxDays = 365;

    public async Task<IReadOnlyList<ReminderRule>> ListAsync(CancellationToken cancellationToken = default)
        => await db.Set<ReminderRule>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<ReminderRule?> FindAsync(long id, CancellationToken cancellationToken = default)
        => db.Set<ReminderRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Ledger rows per rule and status.</summary>
    public async Task<Dictionary<(long RuleId, ReminderStatus Status), int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<ReminderLedgerEntry>().AsNoTracking()
            .GroupBy(e => new { e.RuleId, e.Status })
            .Select(g => new { g.Key.RuleId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.RuleId, r.Status), r => r.Count);
    }

    /// <summary>The latest ledger rows, newest first.</summary>
    public async Task<IReadOnlyList<ReminderLedgerEntry>> RecentAsync(int take, CancellationToken cancellationToken = default)
        => await db.Set<ReminderLedgerEntry>().AsNoTracking().OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);

    /// <summary>Creates (null id) or updates a rule; returns it, or the errors by field.</summary>
    public async Task<(ReminderRule? Saved, Dictionary<string, string> Errors)> SaveAsync(long? id, ReminderRuleInput input, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        ReminderRule? rule = null;
        if (id is { } existing)
        {
            rule = await db.Set<ReminderRule>().FirstOrDefaultAsync(r => r.Id == existing, cancellationToken);
            if (rule is null)
            {
                return (null, errors);
            }
        }

        var type = rule?.Type ?? input.Type;
        if (type is null || !Enum.IsDefined(type.Value))
        {
            errors["Type"] = "Choose what the rule reminds of.";
        }

        var needsDays = type is ReminderType.Inactivity or ReminderType.DueSoon;
        if (needsDays && input.Days is not (>= 1 and <= MaxDays))
        {
            errors["Days"] = "Enter a number of days from 1 to 365.";
        }

        if (type == ReminderType.DueSoon && !input.Courses && !input.Quizzes)
        {
            errors["Courses"] = "Choose courses, quizzes or both.";
        }

        if (!input.Email && !input.InApp)
        {
            errors["Email"] = "Choose email, the site's notifications or both.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (rule is null)
        {
            rule = new ReminderRule { Type = type!.Value };
            db.Add(rule);
        }

        rule.Enabled = input.Enabled;
        rule.Days = needsDays ? input.Days!.Value : 0;
        rule.Courses = input.Courses;
        rule.Quizzes = input.Quizzes;
        rule.Email = input.Email;
        rule.InApp = input.InApp;
        rule.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return (rule, errors);
    }
}

/// <summary>What the rule form posts.</summary>
public sealed class ReminderRuleInput
{
    public ReminderType? Type { get; set; }

    public bool Enabled { get; set; }

    public int? Days { get; set; }

    public bool Courses { get; set; }

    public bool Quizzes { get; set; }

    public bool Email { get; set; }

    public bool InApp { get; set; }
}
