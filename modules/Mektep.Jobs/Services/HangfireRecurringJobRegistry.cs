using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;

namespace Mektep.Jobs.Services;

public sealed class HangfireRecurringJobRegistry(JobStorageProvider storage) : IRecurringJobRegistry
{
    private readonly Lazy<RecurringJobManager> _manager = new(() => new RecurringJobManager(storage.Storage));

    public void AddOrUpdate(RecurringJobDefinition definition)
    {
        var type = JobDispatcher.NameOf(definition.JobType);
        var json = JobDispatcher.Serialize(new RecurringJobArgs(definition.Id, definition.Culture));
        var culture = definition.Culture;
        var job = Job.FromExpression<JobDispatcher>(d => d.RunAsync(type, json, culture, CancellationToken.None));
        _manager.Value.AddOrUpdate(definition.Id, job, definition.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }

    public void Remove(string id) => _manager.Value.RemoveIfExists(id);

    public void Trigger(string id) => _manager.Value.TriggerJob(id);

    public IReadOnlyList<string> Ids()
    {
        using var connection = storage.Storage.GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => j.Id)];
    }
}
