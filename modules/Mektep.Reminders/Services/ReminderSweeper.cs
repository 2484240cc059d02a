using Mektep.Jobs;
using Mektep.Reminders.Jobs;
using Mektep.Reminders.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mektep.Reminders.Services;

/// <summary>
/// The hourly sweep: writes a ledger row (Queued) for every reminder owed that has none, then queues send jobs
/// for them. The ledger's unique key (rule, user, subject, period) makes a second sweep, or a sweep on another
/// node at the same moment, add nothing. Queued rows whose job was lost are queued again after <see cref="StaleAfter"/>.
/// </summary>
public sealed class ReminderSweeper(
    DbContext db,
    ReminderCandidates candidates,
    IBackgroundJobQueue jobs,
    TimeProvider clock,
    ILogger<ReminderSweeper> logger)
{
    public const int SendBatchSize = 100;

    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = await db.Set<ReminderRule>().AsNoTracking().Where(r => r.Enabled).ToListAsync(cancellationToken);
        var owed = await candidates.FindAsync(rules, userIds: null, cancellationToken);
        var added = await AddToLedgerAsync(owed, now, cancellationToken);

        var stale = now - StaleAfter;
        var requeued = await db.Set<ReminderLedgerEntry>().AsNoTracking()
            .Where(e => e.Status == ReminderStatus.Queued && e.CreatedUtc < stale)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        foreach (var batch in added.Concat(requeued).Distinct().Chunk(SendBatchSize))
        {
            jobs.Enqueue<SendRemindersJob, SendRemindersArgs>(new SendRemindersArgs([.. batch]));
        }

        logger.LogInformation("Reminder sweep: {Owed} owed, {Added} new, {Requeued} queued again.", owed.Count, added.Count, requeued.Count);
        return new SweepResult(owed.Count, added, requeued.Count);
    }

    private async Task<List<long>> AddToLedgerAsync(IReadOnlyList<ReminderCandidate> owed, DateTime now, CancellationToken cancellationToken)
    {
        var added = new List<long>();
        var set = db.Set<ReminderLedgerEntry>();
        foreach (var byRule in owed.GroupBy(c => c.RuleId))
        {
            var ruleId = byRule.Key;
            var users = byRule.Select(c => c.UserId).Distinct().ToList();
            var known = new HashSet<(string, string, string)>();
            foreach (var chunk in users.Chunk(1000))
            {
                var rows = await set.AsNoTracking()
                    .Where(e => e.RuleId == ruleId && chunk.Contains(e.UserId))
                    .Select(e => new { e.UserId, e.Subject, e.Period })
                    .ToListAsync(cancellationToken);
                known.UnionWith(rows.Select(r => (r.UserId, r.Subject, r.Period)));
            }

            var fresh = byRule.Where(c => !known.Contains((c.UserId, c.Subject, c.Period))).ToList();
            foreach (var chunk in fresh.Chunk(500))
            {
                var entries = chunk.Select(c => NewEntry(c, now)).ToList();
                set.AddRange(entries);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    added.AddRange(entries.Select(e => e.Id));
                }
                catch (DbUpdateException)
                {
                    // Another sweep wrote some of these keys first: add the rest one by one, the unique key decides.
                    db.ChangeTracker.Clear();
                    added.AddRange(await AddOneByOneAsync(chunk, now, cancellationToken));
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
        }

        return added;
    }

    private async Task<List<long>> AddOneByOneAsync(IEnumerable<ReminderCandidate> candidates, DateTime now, CancellationToken cancellationToken)
    {
        var added = new List<long>();
        foreach (var candidate in candidates)
        {
            var entry = NewEntry(candidate, now);
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added.Add(entry.Id);
            }
            catch (DbUpdateException)
            {
                // Already in the ledger: owed once, queued once.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }

    private static ReminderLedgerEntry NewEntry(ReminderCandidate c, DateTime now) => new()
    {
        RuleId = c.RuleId,
        UserId = c.UserId,
        Subject = c.Subject,
        Period = c.Period,
        Status = ReminderStatus.Queued,
        CreatedUtc = now,
    };
}

/// <summary>What a sweep did.</summary>
/// <param name="Owed">Reminders owed now, already in the ledger or not.</param>
/// <param name="Added">Ledger ids added by this sweep.</param>
/// <param name="Requeued">Queued rows whose send was asked for again.</param>
public sealed record SweepResult(int Owed, IReadOnlyList<long> Added, int Requeued);
