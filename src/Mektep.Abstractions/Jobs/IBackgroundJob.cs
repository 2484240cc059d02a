namespace Mektep.Jobs;

/// <summary>
/// A background job: a class named <c>&lt;Verb&gt;&lt;Noun&gt;Job</c>, resolved from a fresh service scope each time it
/// runs. Jobs take ids, load what they need and derive what must happen from the database, so a retried or
/// duplicated run changes nothing twice.
/// </summary>
/// <typeparam name="TArgs">What the job is told: small, JSON-serializable (ids, not entities).</typeparam>
public interface IBackgroundJob<in TArgs>
{
    /// <summary>Runs the job once. Throwing makes the job runner retry it later.</summary>
    Task RunAsync(TArgs args, CancellationToken cancellationToken);
}
