using Mektep.Jobs;
using Mektep.Reminders.Services;

namespace Mektep.Reminders.Jobs;

/// <summary>Checks and sends queued reminders by ledger id. A retry or a duplicate run sends nothing twice.</summary>
public sealed class SendRemindersJob(ReminderSender sender) : IBackgroundJob<SendRemindersArgs>
{
    public async Task RunAsync(SendRemindersArgs args, CancellationToken cancellationToken)
    {
        foreach (var id in args.LedgerIds)
        {
            await sender.SendAsync(id, cancellationToken);
        }
    }
}

/// <summary>Ledger ids to send.</summary>
/// <param name="LedgerIds">Rows of the reminder ledger.</param>
public sealed record SendRemindersArgs(long[] LedgerIds);
