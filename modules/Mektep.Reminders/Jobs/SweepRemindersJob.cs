using Mektep.Jobs;
using Mektep.Reminders.Services;

namespace Mektep.Reminders.Jobs;

/// <summary>Every hour: finds the reminders owed and queues their sends.</summary>
public sealed class SweepRemindersJob(ReminderSweeper sweeper) : IBackgroundJob<RecurringJobArgs>
{
    public const string Id = "reminders:sweep";

    public const string Cron = "0 * * * *";

    public Task RunAsync(RecurringJobArgs args, CancellationToken cancellationToken) => sweeper.SweepAsync(cancellationToken);
}
