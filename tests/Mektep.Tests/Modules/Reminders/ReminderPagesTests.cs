using System.Net;
using Mektep.Data;
using Mektep.Notifications.Services;
using Mektep.Reminders.Models;
using Mektep.Reminders.Services;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Reminders;

public sealed class ReminderPagesTests
{
    private const string Email = "akim@mektep.test";

    [Theory, Providers]
    public async Task Preferences_LanguageAndOptedOutKind_AreHonouredBySender(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.Welcome);
        var learner = await site.CreateUserAsync(Email, StandardRoles.Learner);
        var client = await site.SignedInClientAsync(Email, TestUsers.Password);
        var kazakh = await site.CourseAsync("Ауыл шаруашылығы");
        var second = await site.CourseAsync("Кооперация");

        var saved = await client.PostFormAsync("/account/notifications", "notification-settings", new Dictionary<string, string>
        {
            ["Input.Culture"] = "kk",
            ["Input.Kinds"] = ReminderKinds.Inactivity,
        });
        var page = await client.GetStringAsync("/account/notifications");
        await site.AdminEnrollAsync(kazakh, [learner]); // the welcome goes out with the enrollment
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessagePreferences>().SaveAsync(learner, "kk", new HashSet<string> { ReminderKinds.Welcome });
        }

        await site.AdminEnrollAsync(second, [learner]);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("value=\"kk\" selected", page);
        Assert.Contains($"value=\"{ReminderKinds.Inactivity}\" checked", page);
        Assert.DoesNotContain($"value=\"{ReminderKinds.Welcome}\" checked", page);
        var mail = Assert.Single(await site.OutboxAsync());
        Assert.Equal("kk", mail.Culture);
        Assert.Contains("Кооперация", mail.Subject);
        Assert.Contains("курсына жазылдыңыз", mail.Subject);
        Assert.Equal(2, (await site.NotificationsAsync(learner)).Count);
    }

    [Theory, Providers]
    public async Task Notifications_ListedWithUnreadCount_MarkReadClearsIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.Welcome);
        var learner = await site.CreateUserAsync(Email, StandardRoles.Learner);
        var first = await site.CourseAsync("Жергілікті бюджет");
        var second = await site.CourseAsync("Жер ресурстары");
        await site.AdminEnrollAsync(first, [learner]);
        await site.AdminEnrollAsync(second, [learner]);

        var client = await site.SignedInClientAsync(Email, TestUsers.Password);
        var before = await client.GetStringAsync("/notifications");
        var one = (await site.NotificationsAsync(learner))[0];
        var read = await client.PostFormAsync("/notifications", $"read-{one.Id}", new Dictionary<string, string>());
        var afterOne = await client.GetStringAsync("/courses");
        var all = await client.PostFormAsync("/notifications", "read-all", new Dictionary<string, string>());
        var afterAll = await client.GetStringAsync("/notifications");

        Assert.Contains("data-unread=\"2\"", before);
        Assert.Contains("Жергілікті бюджет", before);
        Assert.Contains("Жер ресурстары", before);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Contains("data-unread=\"1\"", afterOne);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.DoesNotContain("data-unread=", afterAll);
        Assert.DoesNotContain("data-read=\"false\"", afterAll);
        Assert.All(await site.NotificationsAsync(learner), n => Assert.NotNull(n.ReadUtc));
    }

    [Theory, Providers]
    public async Task Notifications_AnotherPersonsId_IsNotMarkedRead(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.Welcome);
        var owner = await site.CreateUserAsync("owner@mektep.test", StandardRoles.Learner);
        await site.CreateUserAsync(Email, StandardRoles.Learner);
        var course = await site.CourseAsync("Салық");
        await site.AdminEnrollAsync(course, [owner]);
        var theirs = Assert.Single(await site.NotificationsAsync(owner));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var other = await site.CreateUserAsync("other@mektep.test", StandardRoles.Learner);
            Assert.False(await scope.ServiceProvider.GetRequiredService<UserNotifications>().MarkReadAsync(other, theirs.Id));
        }

        Assert.Null(Assert.Single(await site.NotificationsAsync(owner)).ReadUtc);
    }

    [Theory, Providers]
    public async Task Calendar_Feed_ListsOwnDueDates_AndResetRetiresTheOldAddress(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var learner = await site.CreateUserAsync(Email, StandardRoles.Learner);
        var course = await site.CourseAsync("Ауыл бюджеті, 2027", alter: c => c.DueUtc = new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        var undated = await site.CourseAsync("Мерзімсіз курс");
        await site.AdminEnrollAsync(course, [learner]);
        await site.AdminEnrollAsync(undated, [learner]);
        await site.AlterEnrollmentAsync(learner, course.LocalizationSet, e => e.DueUtcOverride = new DateTime(2027, 4, 15, 0, 0, 0, DateTimeKind.Utc));
        var client = await site.SignedInClientAsync(Email, TestUsers.Password);

        var page = await client.GetStringAsync("/account/calendar");
        var url = Between(page, "data-calendar-url=\"", "\"");
        var path = new Uri(url).PathAndQuery;
        var anonymous = site.NewClient();
        var feed = await anonymous.GetAsync(path);
        var text = await feed.Content.ReadAsStringAsync();
        var reset = await client.PostFormAsync("/account/calendar", "reset-calendar", new Dictionary<string, string>());
        var newPath = new Uri(Between(await reset.Content.ReadAsStringAsync(), "data-calendar-url=\"", "\"")).PathAndQuery;

        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", text);
        Assert.Contains("DTSTART;VALUE=DATE:20270415", text);
        Assert.DoesNotContain("20270301", text);
        Assert.Contains("Ауыл бюджеті\\, 2027", text);
        Assert.DoesNotContain("Мерзімсіз курс", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.NotEqual(path, newPath);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/not-a-real-token-at-all-000000.ics")).StatusCode);
    }

    [Theory, Providers]
    public async Task Reminder_OneSent_ArrivesAtTheSmtpServerOnce(DatabaseProvider provider)
    {
        var smtp = NotificationTestData.Smtp;
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.DueSoon, days: 7);
        var title = "Курс " + Guid.NewGuid().ToString("N")[..8];
        var course = await site.CourseAsync(title, alter: c => c.DueUtc = DateTime.UtcNow.AddDays(5));
        var learner = await site.CreateUserAsync(Email, StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [learner]);
        var id = (await site.SweepAsync()).Added.Single();
        await site.SendAsync(id);
        var row = Assert.Single(await site.OutboxAsync());
        var options = NotificationTestData.Options(site, smtp.Host, smtp.Port);

        var drained = await NotificationTestData.DrainAsync(site, options, NotificationTestData.Clock(), [row.Id]);
        await NotificationTestData.DrainAsync(site, options, NotificationTestData.Clock(), [row.Id]);

        Assert.Equal(1, drained.Sent);
        var received = Assert.Single(NotificationTestData.Received(row.Subject));
        Assert.Contains(title, received.Subject);
        Assert.Contains(Email, received.To.ToString());
        Assert.Contains(title, received.TextBody);
        Assert.NotNull(received.Headers["List-Unsubscribe"]);
    }

    [Theory, Providers]
    public async Task AdminRules_InvalidDays_AreRefused_ValidSaved(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var ruleId = await site.OnlyRuleAsync(ReminderType.Inactivity, days: 14);
        var admin = await site.AdminClientAsync();

        var refused = await admin.PostFormAsync($"/admin/reminders/{ruleId}", "rule", new Dictionary<string, string>
        {
            ["Input.Enabled"] = "true",
            ["Input.Days"] = "0",
            ["Input.Email"] = "true",
        });
        var saved = await admin.PostFormAsync($"/admin/reminders/{ruleId}", "rule", new Dictionary<string, string>
        {
            ["Input.Enabled"] = "true",
            ["Input.Days"] = "21",
            ["Input.InApp"] = "true",
        });
        var created = await admin.PostFormAsync("/admin/reminders/new", "rule", new Dictionary<string, string>
        {
            ["Input.Type"] = nameof(ReminderType.DueSoon),
            ["Input.Enabled"] = "true",
            ["Input.Days"] = "1",
            ["Input.Quizzes"] = "true",
            ["Input.Email"] = "true",
        });
        var list = await admin.GetStringAsync("/admin/reminders");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var rules = await scope.ServiceProvider.GetRequiredService<ReminderRules>().ListAsync();
        var edited = rules.Single(r => r.Id == ruleId);
        Assert.Equal((21, false, true), (edited.Days, edited.Email, edited.InApp));
        var added = rules[^1];
        Assert.Equal((1, false, true), (added.Days, added.Courses, added.Quizzes));
        Assert.Contains($"data-rule=\"{added.Id}\"", list);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return System.Net.WebUtility.HtmlDecode(text[from..text.IndexOf(end, from, StringComparison.Ordinal)]);
    }
}
