using Mektep.Certificates.Services;
using Mektep.Jobs;

namespace Mektep.Certificates.Jobs;

/// <summary>Daily: reminds holders of certificates that expire within <see cref="CertificateOptions.ExpiryReminderDays"/>.</summary>
public sealed class RemindExpiringCertificatesJob(ExpiryReminders reminders) : IBackgroundJob<RecurringJobArgs>
{
    public const string Id = "certificates:remind-expiring";

    public Task RunAsync(RecurringJobArgs args, CancellationToken cancellationToken) => reminders.RemindAsync(cancellationToken);
}
