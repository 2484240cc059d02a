using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mektep.Audit;
using Mektep.Certificates.Services;
using Mektep.Data;
using Mektep.Engine.Audit;
using Mektep.Learning;
using Mektep.Notifications.Models;
using Mektep.Notifications.Services;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Courses;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mektep.Tests.Modules.Notifications;

public sealed partial class WebhookTests
{
    [Theory, Providers]
    public async Task Webhook_Enrollment_ReachesTheReceiverOnceWithAValidSignature(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await site.AdminClientAsync();
        var (endpointId, secret) = await AddEndpointAsync(admin, receiver.Url, "Enrollment", "CourseCompleted");
        var editPage = await admin.GetStringAsync($"/admin/webhooks/{endpointId}");
        var course = await site.CourseAsync("Ауыл бюджеті");
        var learner = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);

        await site.AdminEnrollAsync(course, [learner]);
        await site.AdminEnrollAsync(course, [learner]); // a repeat enrolls nobody: no second event
        var first = await DeliverAsync(site);
        var second = await DeliverAsync(site);

        Assert.DoesNotContain(secret, editPage);
        Assert.Equal((1, 1), (first.Claimed, first.Delivered));
        Assert.Equal(0, second.Claimed);
        var hook = Assert.Single(receiver.Received);
        Assert.True(WebhookSignature.Verify(secret, hook.Timestamp, hook.Body, hook.Signature));
        Assert.False(WebhookSignature.Verify(secret + "x", hook.Timestamp, hook.Body, hook.Signature));
        Assert.StartsWith("sha256=", hook.Signature);
        Assert.StartsWith("application/json", hook.ContentType);
        using var json = JsonDocument.Parse(hook.Body);
        var root = json.RootElement;
        Assert.Equal(LearningEventKinds.Enrolled, root.GetProperty("kind").GetString());
        Assert.Equal(hook.EventId, root.GetProperty("id").GetString());
        Assert.Equal(LearningEventKinds.Enrolled, hook.Kind);
        Assert.Equal(course.LocalizationSet, root.GetProperty("data").GetProperty("course_set").GetString());
        Assert.Equal(learner, root.GetProperty("data").GetProperty("user_id").GetString());
        Assert.True(root.TryGetProperty("occurred_at", out _));
        var row = Assert.Single(await DeliveriesAsync(site));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 200), (row.Status, row.Attempts, row.ResponseCode));
    }

    [Theory, Providers]
    public async Task Webhook_LearningEvents_QueueOneDeliveryPerSubscribedKind(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var all = await AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/all", LearningEventKinds.All);
        var some = await AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/some", [LearningEventKinds.CertificateRevoked]);
        var course = await site.CourseAsync("Ауыл бюджеті", lessons: 2);
        await site.TemplateAsync(course, alter: t => t.IssueOnCompletion = true);

        var learner = await site.GraduateAsync(course, "aigul@mektep.test");
        var certificate = Assert.Single(await site.CertificatesAsync());
        await site.WithAsync<bool, CertificateRevocation>(r => r.RevokeAsync(certificate.Id, "Қате"));
        await Modules.Quizzes.QuizTestData.SubmittedQuizAsync(site);

        var rows = await DeliveriesAsync(site);
        var kinds = rows.Where(r => r.EndpointId == all).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, kinds[LearningEventKinds.Enrolled]);
        Assert.Equal(2, kinds[LearningEventKinds.LessonDone]);
        Assert.Equal(1, kinds[LearningEventKinds.CourseCompleted]);
        Assert.Equal(1, kinds[LearningEventKinds.CertificateIssued]);
        Assert.Equal(1, kinds[LearningEventKinds.CertificateRevoked]);
        Assert.Equal(1, kinds[LearningEventKinds.QuizGraded]);
        var revoked = Assert.Single(rows, r => r.EndpointId == some);
        Assert.Equal(LearningEventKinds.CertificateRevoked, revoked.Kind);
        Assert.Contains(certificate.Number, revoked.Payload);
        Assert.DoesNotContain(certificate.VerificationCode, revoked.Payload);
        Assert.Contains(learner, revoked.Payload);
    }

    [Theory, Providers]
    public async Task Webhook_FailingReceiver_IsRetriedWithBackOffThenDead_AndAdminRetryDelivers(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusCode = StatusCodes.Status500InternalServerError;
        var admin = await site.AdminClientAsync();
        var (endpointId, oldSecret) = await AddEndpointAsync(admin, receiver.Url, "Enrollment");
        var course = await site.CourseAsync("Ауыл бюджеті");
        await site.AdminEnrollAsync(course, [await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner)]);
        var clock = NotificationTestData.Clock();
        var start = clock.GetUtcNow().UtcDateTime;

        var firstRun = await DeliverAsync(site, clock, maxAttempts: 3);
        var afterFirst = Assert.Single(await DeliveriesAsync(site));
        var tooEarly = await DeliverAsync(site, clock.Advanced(TimeSpan.FromSeconds(59)), maxAttempts: 3);
        await DeliverAsync(site, clock.Advanced(TimeSpan.FromSeconds(2)), maxAttempts: 3);
        var afterSecond = Assert.Single(await DeliveriesAsync(site));
        await DeliverAsync(site, clock.Advanced(TimeSpan.FromMinutes(2)), maxAttempts: 3);
        var dead = Assert.Single(await DeliveriesAsync(site));

        Assert.Equal((1, 1), (firstRun.Failed, afterFirst.Attempts));
        Assert.Equal(WebhookDeliveryStatus.Pending, afterFirst.Status);
        Assert.Equal(start.AddMinutes(1), afterFirst.NextAttemptUtc);
        Assert.Equal(0, tooEarly.Claimed);
        Assert.Equal(start.AddSeconds(61).AddMinutes(2), afterSecond.NextAttemptUtc);
        Assert.Equal((WebhookDeliveryStatus.Dead, 3, 500), (dead.Status, dead.Attempts, dead.ResponseCode));
        Assert.Contains("500", dead.LastError);
        Assert.Equal(3, receiver.Received.Count);

        // The administrator replaces the secret, the receiver is fixed, and a retry from the log delivers it.
        var edit = await admin.GetStringAsync($"/admin/webhooks/{endpointId}");
        var rotated = await admin.PostAsync($"/admin/webhooks/{endpointId}", FormClientExtensions.Form(edit, "rotate", new() { ["Rotate"] = "1" }));
        var newSecret = SecretIn(await rotated.Content.ReadAsStringAsync());
        receiver.StatusCode = StatusCodes.Status204NoContent;
        var log = await admin.GetStringAsync("/admin/webhooks/deliveries?status=Dead");
        var noToken = await admin.PostAsync("/admin/webhooks/deliveries", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = $"retry-{dead.Id}" }));
        var retry = await admin.PostAsync("/admin/webhooks/deliveries?status=Dead", FormClientExtensions.Form(log, $"retry-{dead.Id}", []));

        Assert.Contains($"data-delivery=\"{dead.Id}\" data-status=\"Dead\"", log);
        Assert.Contains("HTTP 500", WebUtility.HtmlDecode(log));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.NotEqual(oldSecret, newSecret);
        var delivered = Assert.Single(await DeliveriesAsync(site));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 204), (delivered.Status, delivered.ResponseCode));
        Assert.Equal(4, receiver.Received.Count);
        var last = receiver.Received.Last();
        Assert.True(WebhookSignature.Verify(newSecret, last.Timestamp, last.Body, last.Signature));
        Assert.All(receiver.Received, r => Assert.Equal(receiver.Received.First().EventId, r.EventId));
    }

    [Theory, Providers]
    public async Task WebhookEditor_BadAddressOrNoEvent_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var page = await admin.GetStringAsync("/admin/webhooks/new");

        var ftp = await admin.PostAsync("/admin/webhooks/new", FormClientExtensions.Form(page, "endpoint", new() { ["Input.Url"] = "ftp://127.0.0.1/x", ["Input.Enabled"] = "true", ["Input.Enrollment"] = "true" }));
        var none = await admin.PostAsync("/admin/webhooks/new", FormClientExtensions.Form(page, "endpoint", new() { ["Input.Url"] = "http://127.0.0.1/x", ["Input.Enabled"] = "true" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ftp.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("Choose at least one event.", await none.Content.ReadAsStringAsync());
        Assert.Empty(await site.WithAsync<IReadOnlyList<WebhookEndpoint>, WebhookEndpoints>(e => e.ListAsync()));
    }

    [Theory, Providers]
    public async Task WebhookEditor_DeleteWithConfirmation_RemovesTheEndpointAndItsDeliveries(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var (doomed, _) = await AddEndpointAsync(admin, "http://127.0.0.1:9/doomed?token=receiver-secret", "Enrollment");
        var kept = await AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/kept", [LearningEventKinds.Enrolled]);
        var course = await site.CourseAsync("Ауыл бюджеті");
        await site.AdminEnrollAsync(course, [await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner)]);
        var before = await DeliveriesAsync(site);
        var edit = await admin.GetStringAsync($"/admin/webhooks/{doomed}");

        var response = await admin.PostAsync($"/admin/webhooks/{doomed}", FormClientExtensions.Form(edit, "delete", new() { ["DeleteConfirm"] = "true" }));

        Assert.Equal(2, before.Count);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/webhooks?deleted=true", response.Headers.Location!.PathAndQuery);
        Assert.Contains("The endpoint and its deliveries were deleted.", await admin.GetStringAsync(response.Headers.Location.PathAndQuery));
        var endpoint = Assert.Single(await site.WithAsync<IReadOnlyList<WebhookEndpoint>, WebhookEndpoints>(e => e.ListAsync()));
        Assert.Equal(kept, endpoint.Id);
        Assert.Equal(kept, Assert.Single(await DeliveriesAsync(site)).EndpointId);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/webhooks/{doomed}")).StatusCode);
        var audit = Assert.Single((await site.WithAsync<AuditPage, AuditTrail>(a => a.SearchAsync(new AuditSearch(Category: WebhookAdministration.AuditCategory)))).Events);
        Assert.Equal((AuditActions.Deleted, doomed.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.SubjectId));
        Assert.Contains("127.0.0.1", audit.SubjectName);
        Assert.DoesNotContain("receiver-secret", audit.SubjectName + audit.Details);
    }

    [Theory, Providers]
    public async Task WebhookEditor_DeleteWithoutConfirmation_IsRefusedAndDeletesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var (endpointId, _) = await AddEndpointAsync(admin, "http://127.0.0.1:9/hook", "Enrollment");
        var course = await site.CourseAsync("Ауыл бюджеті");
        await site.AdminEnrollAsync(course, [await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner)]);
        var edit = await admin.GetStringAsync($"/admin/webhooks/{endpointId}");

        var unticked = await admin.PostAsync($"/admin/webhooks/{endpointId}", FormClientExtensions.Form(edit, "delete", []));
        var noToken = await admin.PostAsync($"/admin/webhooks/{endpointId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "delete", ["DeleteConfirm"] = "true" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unticked.StatusCode);
        Assert.Contains("Tick the confirmation to delete the endpoint.", await unticked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Single(await site.WithAsync<IReadOnlyList<WebhookEndpoint>, WebhookEndpoints>(e => e.ListAsync()));
        Assert.Equal(endpointId, Assert.Single(await DeliveriesAsync(site)).EndpointId);
    }

    [Theory, Providers]
    public async Task WebhookEditor_Learner_IsForbiddenAndDeletesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var endpointId = await AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/hook", [LearningEventKinds.Enrolled]);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var ownPage = await learner.GetStringAsync("/account/notifications");

        var page = await learner.GetAsync($"/admin/webhooks/{endpointId}");
        var delete = await learner.PostAsync($"/admin/webhooks/{endpointId}", FormClientExtensions.Form(ownPage, "delete", new() { ["DeleteConfirm"] = "true" }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Single(await site.WithAsync<IReadOnlyList<WebhookEndpoint>, WebhookEndpoints>(e => e.ListAsync()));
    }

    [Theory, Providers]
    public async Task WebhookEventHandler_EndpointDeletedAfterTheListWasRead_QueuesForTheRestAndTheRaiserCommits(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var doomed = await AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/doomed", [LearningEventKinds.Enrolled]);
        var kept = await AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/kept", [LearningEventKinds.Enrolled]);
        await using var scope = site.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<WebhookEventHandler>();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        await handler.HandleAsync([Enrolled("first")]); // reads the endpoints and keeps them for the scope
        Assert.True(await site.WithAsync<bool, WebhookAdministration>(a => a.DeleteAsync(doomed)));
        var second = Enrolled("second");

        var endpointsSeenAfter = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await handler.HandleAsync([second]);
            var count = await db.Set<WebhookEndpoint>().CountAsync(); // the raiser's transaction is still usable
            await transaction.CommitAsync();
            return count;
        });

        Assert.Equal(1, endpointsSeenAfter);
        var rows = await DeliveriesAsync(site);
        Assert.All(rows, r => Assert.Equal(kept, r.EndpointId));
        Assert.Equal(kept, Assert.Single(rows, r => r.EventId == second.Id).EndpointId);
    }

    private static async Task<(long Id, string Secret)> AddEndpointAsync(HttpClient admin, string url, params string[] kinds)
    {
        var page = await admin.GetStringAsync("/admin/webhooks/new");
        var fields = new Dictionary<string, string> { ["Input.Url"] = url, ["Input.Description"] = "Тест", ["Input.Enabled"] = "true" };
        foreach (var kind in kinds)
        {
            fields[$"Input.{kind}"] = "true";
        }

        var response = await admin.PostAsync("/admin/webhooks/new", FormClientExtensions.Form(page, "endpoint", fields));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = long.Parse(EndpointLink().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (id, SecretIn(html));
    }

    private static string SecretIn(string html) => SecretPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The page shows no secret.");

    internal static async Task<long> AddEndpointDirectlyAsync(SiteFactory site, string url, IReadOnlyList<string> kinds)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var endpoint = new WebhookEndpoint
        {
            Url = url,
            ProtectedSecret = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
                .CreateProtector("Mektep.Notifications.Webhooks.Secret.v1").Protect("s"),
            EventKinds = string.Join(',', kinds),
            Enabled = true,
            CreatedUtc = DateTime.UtcNow,
            ModifiedUtc = DateTime.UtcNow,
            SecretRotatedUtc = DateTime.UtcNow,
        };
        db.Add(endpoint);
        await db.SaveChangesAsync();
        return endpoint.Id;
    }

    internal static async Task<List<WebhookDelivery>> DeliveriesAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WebhookDelivery>().AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>The payload's data (user, attempt, percent, passed, ...) as a receiver reads it.</summary>
    internal static Dictionary<string, string?> PayloadData(WebhookDelivery delivery)
    {
        using var json = JsonDocument.Parse(delivery.Payload);
        return json.RootElement.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
    }

    internal static async Task<WebhookRunResult> DeliverAsync(SiteFactory site, TimeProvider? clock = null, int maxAttempts = 8)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var deliverer = new WebhookDeliverer(
            scope.ServiceProvider.GetRequiredService<DbContext>(),
            Microsoft.Extensions.Options.Options.Create(new WebhookOptions { MaxAttempts = maxAttempts, RetryDelay = TimeSpan.FromMinutes(1), Timeout = TimeSpan.FromSeconds(10) }),
            scope.ServiceProvider.GetRequiredService<WebhookHttp>(),
            scope.ServiceProvider.GetRequiredService<WebhookEndpoints>(),
            clock ?? TimeProvider.System,
            NullLogger<WebhookDeliverer>.Instance);
        return await deliverer.DeliverOnceAsync();
    }

    private static LearningEvent Enrolled(string courseSet)
        => new(LearningEventKinds.Enrolled, "learner", DateTime.UtcNow, new Dictionary<string, string?> { ["course_set"] = courseSet });

    [GeneratedRegex("<code data-secret>([^<]+)</code>")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("href=\"/admin/webhooks/(\\d+)\"")]
    private static partial Regex EndpointLink();
}

internal static class ManualClockExtensions
{
    public static ManualTimeProvider Advanced(this ManualTimeProvider clock, TimeSpan by)
    {
        clock.Advance(by);
        return clock;
    }
}
