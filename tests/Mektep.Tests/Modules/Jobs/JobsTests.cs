using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Mektep.Data;
using Mektep.Jobs;
using Mektep.Jobs.Services;
using Mektep.Modules;
using Mektep.Notifications.Jobs;
using Mektep.Notifications.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Jobs;

public sealed class JobsTests
{
    [Theory, Providers]
    public async Task Dashboard_EachKindOfPerson_AdminsInLearners403AnonymousToSignIn(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", "Learner");
        var admin = await site.AdminClientAsync();
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);

        var adminPage = await admin.GetAsync("/admin/jobs");
        var learnerPage = await learner.GetAsync("/admin/jobs");
        var learnerStats = await learner.PostAsync("/admin/jobs/stats", new FormUrlEncodedContent([]));
        var learnerRecurring = await learner.GetAsync("/admin/jobs/recurring");
        var anonymous = await site.NewClient().GetAsync("/admin/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        Assert.Contains("Mektep jobs", await adminPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, learnerPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, learnerStats.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, learnerRecurring.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery);
    }

    [Theory, Providers]
    public async Task Registry_ModulesDeclaredRecurringJobs_AreScheduledAtStart(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var registry = site.Services.GetRequiredService<IRecurringJobRegistry>();

        registry.AddOrUpdate(RecurringJobDefinition.For<DrainOutboxJob>("tests:drain-in-kazakh", "0 6 * * *", "kk"));
        var ids = registry.Ids();
        registry.Remove("tests:drain-in-kazakh");

        Assert.Contains(DrainOutboxJob.Id, ids);
        Assert.Contains("tests:drain-in-kazakh", ids);
        Assert.DoesNotContain("tests:drain-in-kazakh", registry.Ids());
    }

    [Theory, Providers]
    public async Task Dispatcher_ModuleDisabled_SkipsItsJob(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = (await NotificationTestData.QueueAsync(site, "a@mektep.test", "While disabled"))[0];
        await site.Services.GetRequiredService<IFeatureManager>().SetEnabledAsync("Mektep.Notifications", false);
        await using var scope = site.Services.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<JobDispatcher>();

        await dispatcher.RunAsync(JobDispatcher.NameOf(typeof(DrainOutboxJob)), JobDispatcher.Serialize(new RecurringJobArgs(DrainOutboxJob.Id, null)), null, CancellationToken.None);

        Assert.Equal(OutboxStatus.Pending, (await NotificationTestData.RowAsync(site, id)).Status);
    }

    [Theory, Providers]
    public async Task Dispatcher_ModuleEnabled_RunsJobInItsCulture(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = (await NotificationTestData.QueueAsync(site, "a@mektep.test", "While enabled"))[0];
        await using var scope = site.Services.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<JobDispatcher>();
        var key = Guid.NewGuid().ToString("N");

        await dispatcher.RunAsync(JobDispatcher.NameOf(typeof(DrainOutboxJob)), JobDispatcher.Serialize(new RecurringJobArgs(DrainOutboxJob.Id, null)), null, CancellationToken.None);
        await dispatcher.RunAsync(JobDispatcher.NameOf(typeof(RecordCultureJob)), JobDispatcher.Serialize(new RecordCultureArgs(key)), "kk", CancellationToken.None);

        Assert.Equal(OutboxStatus.Sent, (await NotificationTestData.RowAsync(site, id)).Status);
        Assert.Equal("kk", await RecordCultureJob.Runs.GetOrAdd(key, _ => new()).Task);
    }

    [Theory, Providers]
    public async Task Server_Enabled_RunsQueuedJobAndStopsWithTheHost(DatabaseProvider provider)
    {
        var key = Guid.NewGuid().ToString("N");
        var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Jobs:Server"] = "true" });
        var queue = site.Services.GetRequiredService<IBackgroundJobQueue>();

        queue.Enqueue<RecordCultureJob, RecordCultureArgs>(new RecordCultureArgs(key), "ru");
        var culture = await RecordCultureJob.Runs.GetOrAdd(key, _ => new()).Task.WaitAsync(TimeSpan.FromSeconds(60));
        await site.DisposeAsync();

        Assert.Equal("ru", culture);
    }
}

public sealed record RecordCultureArgs(string Key);

/// <summary>Records the culture it ran in, so a test can await the run.</summary>
public sealed class RecordCultureJob : IBackgroundJob<RecordCultureArgs>
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    public Task RunAsync(RecordCultureArgs args, CancellationToken cancellationToken)
    {
        Runs.GetOrAdd(args.Key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(CultureInfo.CurrentUICulture.Name);
        return Task.CompletedTask;
    }
}
