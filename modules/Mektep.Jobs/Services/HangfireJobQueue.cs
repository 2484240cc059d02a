using Hangfire;

namespace Mektep.Jobs.Services;

public sealed class HangfireJobQueue(JobStorageProvider storage) : IBackgroundJobQueue
{
    private readonly Lazy<BackgroundJobClient> _client = new(() => new BackgroundJobClient(storage.Storage));

    public string Enqueue<TJob, TArgs>(TArgs args, string? culture = null) where TJob : class, IBackgroundJob<TArgs>
    {
        var (type, json) = (JobDispatcher.NameOf(typeof(TJob)), JobDispatcher.Serialize(args));
        return _client.Value.Enqueue<JobDispatcher>(d => d.RunAsync(type, json, culture, CancellationToken.None));
    }

    public string Schedule<TJob, TArgs>(TArgs args, TimeSpan delay, string? culture = null) where TJob : class, IBackgroundJob<TArgs>
    {
        var (type, json) = (JobDispatcher.NameOf(typeof(TJob)), JobDispatcher.Serialize(args));
        return _client.Value.Schedule<JobDispatcher>(d => d.RunAsync(type, json, culture, CancellationToken.None), delay);
    }
}
