using Mektep.Data;
using Mektep.Email;
using Mektep.Jobs;
using Mektep.Notifications.Jobs;
using Mektep.Notifications.Models;
using Mektep.Notifications.Services;
using Mektep.Reminders.Jobs;
using Mektep.Reminders.Models;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Mektep.Tests.Modules.Notifications;

/// <summary>
/// Faults on the way out: the SMTP server away for a while (and going away in the middle of a batch), the job process
/// dying mid-batch, a web node killed mid-batch while another node's job server finishes its messages, and two nodes
/// with Hangfire servers on one PostgreSQL storage.
/// </summary>
public sealed class DeliveryFaultTests
{
    private const int Count = 25;

    [Theory, Providers]
    public async Task Outbox_SmtpDownForAWhileThenBack_DeliversEveryMessageExactlyOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var smtp = new TestSmtpServer();
        var subjects = await QueueManyAsync(site, Count);
        var clock = NotificationTestData.Clock();
        var options = NotificationTestData.Options(site, "127.0.0.1", smtp.Port);

        var down1 = await DrainAsync(site, options, clock);
        var down2 = await DrainAsync(site, options, clock.Advanced(TimeSpan.FromMinutes(1)));
        smtp.DropAfter = 10; // back, but it goes away again after ten messages
        smtp.Start();
        var partly = await DrainAsync(site, options, clock.Advanced(TimeSpan.FromMinutes(2)));
        await smtp.StopAsync();
        smtp.DropAfter = null;
        smtp.Start();
        var rounds = 0;
        while (await UnsentAsync(site) > 0 && rounds++ < 10)
        {
            await DrainAsync(site, options, clock.Advanced(TimeSpan.FromHours(1)));
        }

        var afterAll = await DrainAsync(site, options, clock.Advanced(TimeSpan.FromHours(1)));

        Assert.Equal((Count, 0), (down1.Failed, down1.Sent));
        Assert.Equal((Count, 0), (down2.Failed, down2.Sent));
        Assert.Equal(10, partly.Sent);
        Assert.Equal(0, afterAll.Claimed);
        Assert.Equal(0, await UnsentAsync(site));
        AssertEachOnce(smtp, subjects);
    }

    [Theory, Providers]
    public async Task Outbox_DrainKilledBetweenMessages_RestIsReleasedAfterTheLeaseAndNothingIsSentTwice(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var subjects = await QueueManyAsync(site, 12);
        var clock = NotificationTestData.Clock();
        var options = NotificationTestData.Options(site, "127.0.0.1", smtp.Port);

        // The process dies while about to send the sixth: five went out and were recorded, seven stay claimed.
        await Assert.ThrowsAsync<ProcessKilledException>(() => DrainAsync(site, options, clock, new KillingTransports(site, killBeforeSend: 6)));
        var claimed = await CountAsync(site, OutboxStatus.Sending);
        var withinLease = await DrainAsync(site, options, clock.Advanced(options.ClaimTimeout - TimeSpan.FromSeconds(1)));
        var afterLease = await DrainAsync(site, options, clock.Advanced(TimeSpan.FromSeconds(2)));

        Assert.Equal(7, claimed);
        Assert.Equal(5, await CountSentAtKillAsync(site, subjects, smtp));
        Assert.Equal(0, withinLease.Claimed);
        Assert.Equal(7, afterLease.Sent);
        Assert.Equal(0, await UnsentAsync(site));
        AssertEachOnce(smtp, subjects);
    }

    [Theory, Providers]
    public async Task Outbox_DrainKilledAfterSendBeforeRecord_ResendsThatOneMessageWithTheSameMessageId(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var subjects = await QueueManyAsync(site, 8);
        var clock = NotificationTestData.Clock();
        var options = NotificationTestData.Options(site, "127.0.0.1", smtp.Port);

        // The SMTP server accepted the fourth, then the process died before the outbox recorded it.
        await Assert.ThrowsAsync<ProcessKilledException>(() => DrainAsync(site, options, clock, new KillingTransports(site, killAfterSend: 4)));
        var afterLease = await DrainAsync(site, options, clock.Advanced(options.ClaimTimeout + TimeSpan.FromSeconds(1)));

        Assert.Equal(5, afterLease.Sent);
        Assert.Equal(0, await UnsentAsync(site));
        var received = smtp.Messages.ToList();
        Assert.Equal(9, received.Count);
        Assert.Equal(8, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(8, received.Select(m => m.Subject).Distinct().Count());
        var twice = Assert.Single(received.GroupBy(m => m.MessageId), g => g.Count() == 2);
        Assert.Equal(subjects[3], twice.First().Subject);
        Assert.All(subjects.Where(s => s != subjects[3]), s => Assert.Single(received, m => m.Subject == s));
    }

    [Fact]
    public async Task Outbox_WebNodeKilledMidBatch_TheOtherNodesJobServerDeliversTheRestOnce()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var mail = new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:ClaimTimeout"] = "00:00:03",
        };
        await using var dying = await SiteFactory.StartAsync(DatabaseProvider.PostgreSql, mail);
        var subjects = await QueueManyAsync(dying, 12);

        // The first node dies while about to send the sixth message of its batch: five went out, seven stay claimed.
        await Assert.ThrowsAsync<ProcessKilledException>(() => DrainAsync(dying, NotificationTestData.Options(dying, "127.0.0.1", smtp.Port), TimeProvider.System, new KillingTransports(dying, killBeforeSend: 6)));
        var claimedAtKill = await CountAsync(dying, OutboxStatus.Sending);

        // The other node's Hangfire server runs the drain (asked again and again, as the minute schedule would) and
        // takes the dead node's messages once their claim has expired.
        await using var survivor = await SiteFactory.StartSecondNodeAsync(dying, new Dictionary<string, string?>(mail) { ["Jobs:Server"] = "true", ["Jobs:WorkerCount"] = "4" });
        var jobs = survivor.Services.GetRequiredService<IRecurringJobRegistry>();
        await WaitUntilAsync(async () =>
        {
            jobs.Trigger(DrainOutboxJob.Id);
            return await UnsentAsync(survivor) == 0;
        }, TimeSpan.FromSeconds(90));

        Assert.Equal(7, claimedAtKill);
        AssertEachOnce(smtp, subjects);
    }

    [Fact]
    public async Task Reminders_TwoNodesWithHangfireServersOnOnePostgreSql_SendEachReminderOnce()
    {
        var jobs = new Dictionary<string, string?> { ["Jobs:Server"] = "true", ["Jobs:WorkerCount"] = "4" };
        await using var first = await SiteFactory.StartAsync(DatabaseProvider.PostgreSql, jobs);
        await using var second = await SiteFactory.StartSecondNodeAsync(first, jobs);
        await first.OnlyRuleAsync(ReminderType.DueSoon, days: 7);
        var course = await first.CourseAsync("Ауыл бюджеті", alter: c => c.DueUtc = DateTime.UtcNow.AddDays(3));
        var learners = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            learners.Add(await first.CreateUserAsync($"akim{i}@mektep.test", StandardRoles.Learner));
        }

        await first.AdminEnrollAsync(course, learners);

        // Both nodes ask for the sweep twice at once; both servers take jobs from the shared queue.
        foreach (var node in new[] { first, second, first, second })
        {
            node.Services.GetRequiredService<IRecurringJobRegistry>().Trigger(SweepRemindersJob.Id);
        }

        await WaitUntilAsync(async () => (await first.LedgerAsync()) is { Count: 20 } rows && rows.All(r => r.Status == ReminderStatus.Sent), TimeSpan.FromSeconds(90));
        var again = await Task.WhenAll(first.SweepAsync(), second.SweepAsync());

        var ledger = await first.LedgerAsync();
        Assert.Equal(20, ledger.Count);
        Assert.Equal(learners.Order(), ledger.Select(e => e.UserId).Order());
        Assert.All(again, r => Assert.Empty(r.Added));
        var mail = await first.OutboxAsync();
        Assert.Equal(20, mail.Count);
        Assert.Equal(20, mail.Select(m => m.ToAddress).Distinct().Count());
        Assert.All(learners, l => Assert.Single(first.NotificationsAsync(l).Result));
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (!await condition())
        {
            if (!await tick.WaitForNextTickAsync(cancel.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
            {
                throw new TimeoutException($"The condition did not hold within {timeout}.");
            }
        }
    }

    private static void AssertEachOnce(TestSmtpServer smtp, List<string> subjects)
    {
        var received = smtp.Messages.ToList();
        Assert.Equal(subjects.Count, received.Count);
        Assert.Equal(subjects.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(subjects.Order(), received.Select(m => m.Subject).Order());
    }

    private static Task<int> CountSentAtKillAsync(SiteFactory site, List<string> subjects, TestSmtpServer smtp)
        => Task.FromResult(smtp.Messages.Count(m => subjects.Take(5).Contains(m.Subject)));

    private static async Task<List<string>> QueueManyAsync(SiteFactory site, int count)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var subjects = Enumerable.Range(1, count).Select(i => $"Fault {run} {i:00}").ToList();
        await NotificationTestData.QueueAsync(site, [.. subjects.Select(s => (NotificationTestData.Message($"{s.Replace(' ', '.')}@mektep.test", s), new EmailEnvelope("tests.plain", s)))]);
        return subjects;
    }

    private static async Task<int> UnsentAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().CountAsync(m => m.Status != OutboxStatus.Sent);
    }

    private static async Task<int> CountAsync(SiteFactory site, OutboxStatus status)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().CountAsync(m => m.Status == status);
    }

    private static async Task<DrainResult> DrainAsync(SiteFactory site, NotificationOptions options, TimeProvider clock, MailTransports? transports = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var drainer = new OutboxDrainer(
            db,
            Microsoft.Extensions.Options.Options.Create(options),
            transports ?? scope.ServiceProvider.GetRequiredService<MailTransports>(),
            new NotificationPreferences(db, clock),
            clock,
            NullLogger<OutboxDrainer>.Instance);
        return await drainer.DrainOnceAsync();
    }

    /// <summary>The job process dying: an exception no drain catches, thrown before or after the n-th send.</summary>
    private sealed class ProcessKilledException() : OperationCanceledException("The process was killed.");

    private sealed class KillingTransports(SiteFactory site, int? killBeforeSend = null, int? killAfterSend = null)
        : MailTransports(NullLoggerFactory.Instance)
    {
        private readonly MailTransports _real = site.Services.GetRequiredService<MailTransports>();

        public override async Task<IMailTransport> OpenAsync(NotificationOptions options, CancellationToken cancellationToken)
            => new Killing(await _real.OpenAsync(options, cancellationToken), killBeforeSend, killAfterSend);

        private sealed class Killing(IMailTransport inner, int? before, int? after) : IMailTransport
        {
            private int _sends;

            public bool IsConnected => inner.IsConnected;

            public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
            {
                _sends++;
                if (_sends == before)
                {
                    throw new ProcessKilledException();
                }

                await inner.SendAsync(message, cancellationToken);
                if (_sends == after)
                {
                    throw new ProcessKilledException();
                }
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
