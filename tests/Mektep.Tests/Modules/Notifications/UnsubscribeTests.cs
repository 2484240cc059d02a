using System.Net;
using System.Text.RegularExpressions;
using Mektep.Data;
using Mektep.Email;
using Mektep.Notifications.Models;
using Mektep.Notifications.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Notifications;

public sealed partial class UnsubscribeTests
{
    private static readonly string Kind = DefaultEmailKinds.Announcement.Name;

    [Theory, Providers]
    public async Task OneClick_ValidToken_RecordsPreferenceAndSuppressesQueuedMail(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var userId = await site.CreateUserAsync("learner@mektep.test", "Learner");
        var ids = await QueueAnnouncementAsync(site, userId);
        var token = site.Services.GetRequiredService<UnsubscribeTokens>().Create(userId, Kind);

        var response = await site.NewClient().PostAsync($"/notifications/unsubscribe/one-click?token={token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        var drained = await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site), NotificationTestData.Clock());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OutboxStatus.Suppressed, (await NotificationTestData.RowAsync(site, ids[0])).Status);
        Assert.Equal(0, drained.Sent);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().IsUnsubscribedAsync(userId, Kind));
    }

    [Theory, Providers]
    public async Task Drain_RecipientUnsubscribedAfterQueueing_MarksSuppressedNotSent(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var userId = await site.CreateUserAsync("learner@mektep.test", "Learner");
        var ids = await QueueAnnouncementAsync(site, userId);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            // Straight into the table, as another node would, so only the drain's own check can catch it.
            scope.ServiceProvider.GetRequiredService<DbContext>().Add(new NotificationPreference { UserId = userId, Kind = Kind, Unsubscribed = true, ModifiedUtc = DateTime.UtcNow });
            await scope.ServiceProvider.GetRequiredService<DbContext>().SaveChangesAsync();
        }

        var result = await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site), NotificationTestData.Clock());

        Assert.Equal(1, result.Suppressed);
        Assert.Equal(OutboxStatus.Suppressed, (await NotificationTestData.RowAsync(site, ids[0])).Status);
        Assert.False(Directory.Exists(site.MailFolder) && Directory.GetFiles(site.MailFolder, "*.eml").Length > 0);
    }

    [Theory, Providers]
    public async Task Unsubscribe_TamperedToken_IsRejected(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var userId = await site.CreateUserAsync("learner@mektep.test", "Learner");
        var token = site.Services.GetRequiredService<UnsubscribeTokens>().Create(userId, Kind);
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        var client = site.NewClient();

        var post = await client.PostAsync($"/notifications/unsubscribe/one-click?token={tampered}", new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        var page = await client.GetAsync($"/notifications/unsubscribe?token={tampered}");

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("This unsubscribe link is not valid.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().IsUnsubscribedAsync(userId, Kind));
    }

    [Theory, Providers]
    public async Task ConfirmPage_ButtonPressed_UnsubscribesAndSaysSo(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var userId = await site.CreateUserAsync("learner@mektep.test", "Learner");
        var token = site.Services.GetRequiredService<UnsubscribeTokens>().Create(userId, Kind);
        var client = site.NewClient();
        var page = await client.GetStringAsync($"/notifications/unsubscribe?token={token}");
        var action = WebUtility.HtmlDecode(FormAction().Match(page).Groups[1].Value);

        var post = await client.PostAsync(action, new FormUrlEncodedContent([]));
        var done = await client.GetStringAsync(post.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("data-unsubscribed=\"true\"", done);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().IsUnsubscribedAsync(userId, Kind));
    }

    private static async Task<List<long>> QueueAnnouncementAsync(SiteFactory site, string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<IEmailComposer>().ComposeAsync(
            Kind, new EmailRecipient("learner@mektep.test", "Learner", userId, "ru"), DefaultEmailKinds.Announcement.SampleModel);
        return await NotificationTestData.QueueAsync(site, (message, new EmailEnvelope(Kind, $"announcement:1:{userId}") { UserId = userId }));
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
