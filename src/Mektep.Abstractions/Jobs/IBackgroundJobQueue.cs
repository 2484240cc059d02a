namespace Mektep.Jobs;

/// <summary>
/// Queues jobs to run in the background on any node. Only the jobs module knows the job runner (Hangfire).
/// A job whose module is disabled when it fires is skipped.
/// </summary>
public interface IBackgroundJobQueue
{
    /// <summary>Runs the job as soon as a worker is free and returns the runner's job id.</summary>
    /// <param name="args">The job's arguments, serialized as JSON.</param>
    /// <param name="culture">The culture (kk, ru, en) the job runs in; null for the site default.</param>
    string Enqueue<TJob, TArgs>(TArgs args, string? culture = null) where TJob : class, IBackgroundJob<TArgs>;

    /// <summary>Runs the job once after <paramref name="delay"/> and returns the runner's job id.</summary>
    string Schedule<TJob, TArgs>(TArgs args, TimeSpan delay, string? culture = null) where TJob : class, IBackgroundJob<TArgs>;
}
