using Mektep.Data;
using Mektep.Email;
using Mektep.Notifications.Models;
using Mektep.Tests.Infrastructure;
using MimeKit;

namespace Mektep.Tests.Modules.Notifications.Services;

public sealed class OutboxDrainerTests
{
    [Theory, Providers]
    public async Task Drain_SmtpServerUp_DeliversTextAndHtmlOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (host, port, _) = NotificationTestData.Smtp;
        var subject = $"Сабақ басталды {Guid.NewGuid():N}";
        var ids = await NotificationTestData.QueueAsync(site, "aigul@mektep.test", subject, "<p>Сәлем</p>");
        var clock = NotificationTestData.Clock();

        var result = await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site, host, port), clock);

        Assert.Equal(1, result.Sent);
        var row = await NotificationTestData.RowAsync(site, ids[0]);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, row.SentUtc);
        var mail = Assert.Single(NotificationTestData.Received(subject));
        Assert.Equal("aigul@mektep.test", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Сәлем", mail.HtmlBody);
        Assert.Equal($"Body of {subject}", mail.TextBody?.Trim());
    }

    [Theory, Providers]
    public async Task Drain_SmtpServerDown_KeepsMessagePendingWithBackOffThenDelivers(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (host, port, _) = NotificationTestData.Smtp;
        var subject = $"Retry {Guid.NewGuid():N}";
        var id = (await NotificationTestData.QueueAsync(site, "bolat@mektep.test", subject))[0];
        var clock = NotificationTestData.Clock();
        var down = NotificationTestData.Options(site, "127.0.0.1", NotificationTestData.ClosedPort());
        var up = NotificationTestData.Options(site, host, port);
        var start = clock.GetUtcNow().UtcDateTime;

        var first = await NotificationTestData.DrainAsync(site, down, clock);
        var afterFirst = await NotificationTestData.RowAsync(site, id);
        clock.Advance(TimeSpan.FromSeconds(30));
        var tooEarly = await NotificationTestData.DrainAsync(site, up, clock);
        await NotificationTestData.DrainAsync(site, down, Advance(clock, TimeSpan.FromSeconds(31)));
        var afterSecond = await NotificationTestData.RowAsync(site, id);
        clock.Advance(TimeSpan.FromMinutes(2));
        var delivered = await NotificationTestData.DrainAsync(site, up, clock);

        Assert.Equal(1, first.Failed);
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.NotNull(afterFirst.LastError);
        Assert.Equal(start.AddMinutes(1), afterFirst.NextAttemptUtc);
        Assert.Equal(0, tooEarly.Claimed);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(start.AddSeconds(61).AddMinutes(2), afterSecond.NextAttemptUtc);
        Assert.Equal(1, delivered.Sent);
        Assert.Equal(OutboxStatus.Sent, (await NotificationTestData.RowAsync(site, id)).Status);
        Assert.Single(NotificationTestData.Received(subject));
    }

    [Theory, Providers]
    public async Task Drain_FailsMaxAttempts_MarksDeadKeepingTheError(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = (await NotificationTestData.QueueAsync(site, "dana@mektep.test", "never"))[0];
        var clock = NotificationTestData.Clock();
        var down = NotificationTestData.Options(site, "127.0.0.1", NotificationTestData.ClosedPort(), maxAttempts: 3);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await NotificationTestData.DrainAsync(site, down, clock);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var row = await NotificationTestData.RowAsync(site, id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Contains("SocketException", row.LastError);
        Assert.Equal(0, (await NotificationTestData.DrainAsync(site, down, clock)).Claimed);
    }

    [Theory, Providers]
    public async Task Drain_NoSmtpHost_WritesEmlToThePickupFolder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await NotificationTestData.QueueAsync(site, "erlan@mektep.test", "Picked up", "<p>HTML</p>");

        var result = await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site), NotificationTestData.Clock());

        Assert.Equal(1, result.Sent);
        var mail = MimeMessage.Load(Assert.Single(Directory.GetFiles(site.MailFolder, "*.eml")));
        Assert.Equal("Picked up", mail.Subject);
        Assert.Contains("HTML", mail.HtmlBody);
    }

    [Theory, Providers]
    public async Task Drain_TwoDrainsAtOnce_SendEachMessageOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var messages = Enumerable.Range(0, 60)
            .Select(i => (NotificationTestData.Message($"learner{i}@mektep.test", $"Concurrent {i}"), new EmailEnvelope("tests.plain", $"concurrent-{i}")))
            .ToArray();
        await NotificationTestData.QueueAsync(site, messages);
        var options = NotificationTestData.Options(site);
        options.BatchSize = 40;
        var clock = NotificationTestData.Clock();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => NotificationTestData.DrainAsync(site, options, clock))));
        var rest = await NotificationTestData.DrainAsync(site, options, clock);

        Assert.Equal(60, results.Sum(r => r.Sent) + rest.Sent);
        var subjects = Directory.GetFiles(site.MailFolder, "*.eml").Select(f => MimeMessage.Load(f).Subject).ToList();
        Assert.Equal(60, subjects.Count);
        Assert.Equal(60, subjects.Distinct().Count());
    }

    private static ManualTimeProvider Advance(ManualTimeProvider clock, TimeSpan by)
    {
        clock.Advance(by);
        return clock;
    }
}
