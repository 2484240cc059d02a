using System.Net;
using Mektep.Data;
using Mektep.Notifications.Models;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Notifications;

public sealed class OutboxAdminTests
{
    [Theory, Providers]
    public async Task OutboxPage_DeadMessageRetried_IsDeliveredAgain(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = (await NotificationTestData.QueueAsync(site, "dana@mektep.test", "Dead letter"))[0];
        var clock = NotificationTestData.Clock();
        await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site, "127.0.0.1", NotificationTestData.ClosedPort(), maxAttempts: 1), clock);
        var admin = await site.AdminClientAsync();
        var list = await admin.GetStringAsync("/admin/outbox?status=Dead");

        var retry = await admin.PostAsync("/admin/outbox?status=Dead", FormClientExtensions.Form(list, $"retry-{id}", []));

        Assert.Contains($"data-message=\"{id}\" data-status=\"Dead\"", list);
        Assert.Contains("SocketException", WebUtility.HtmlDecode(list));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        var row = await NotificationTestData.RowAsync(site, id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Single(Directory.GetFiles(site.MailFolder, "*.eml"));
    }

    [Theory, Providers]
    public async Task OutboxPage_RetryWithoutAntiforgeryToken_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = (await NotificationTestData.QueueAsync(site, "dana@mektep.test", "Dead letter"))[0];
        await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site, "127.0.0.1", NotificationTestData.ClosedPort(), maxAttempts: 1), NotificationTestData.Clock());
        var admin = await site.AdminClientAsync();

        var retry = await admin.PostAsync("/admin/outbox", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = $"retry-{id}" }));

        Assert.Equal(HttpStatusCode.BadRequest, retry.StatusCode);
        Assert.Equal(OutboxStatus.Dead, (await NotificationTestData.RowAsync(site, id)).Status);
    }

    [Theory, Providers]
    public async Task TemplateEditor_SavedOverride_IsUsedAndPreviewed(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        const string url = "/admin/notifications/templates/notifications.announcement/kk";
        var page = await admin.GetStringAsync(url);

        var preview = await admin.PostAsync(url, FormClientExtensions.Form(page, "template", new()
        {
            ["Input.Subject"] = "Жаңалық: {{ title }}",
            ["Input.HtmlBody"] = "<p>{{ message }}</p>",
            ["Input.TextBody"] = "{{ message }}",
            ["Input.Action"] = "preview",
        }));
        var save = await admin.PostAsync(url, FormClientExtensions.Form(page, "template", new()
        {
            ["Input.Subject"] = "Жаңалық: {{ title }}",
            ["Input.HtmlBody"] = "<p>{{ message }}</p>",
            ["Input.TextBody"] = "{{ message }}",
            ["Input.Action"] = "save",
        }));
        var broken = await admin.PostAsync(url, FormClientExtensions.Form(page, "template", new()
        {
            ["Input.Subject"] = "{% if %}",
            ["Input.HtmlBody"] = "",
            ["Input.TextBody"] = "",
            ["Input.Action"] = "save",
        }));

        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Жаңалық: New course: Rural district budgets", previewHtml);
        Assert.Contains("&amp;lt;Places are limited.&amp;gt;", previewHtml);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal((HttpStatusCode)422, broken.StatusCode);
        Assert.Contains(">Edited<", await admin.GetStringAsync("/admin/notifications/templates"));
    }
}
