namespace Mektep.Jobs.Services;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    /// <summary>
    /// <c>Jobs:Server</c>: run a Hangfire server (workers, scheduler, recurring jobs) on this node. False makes the
    /// node a client only: it queues jobs into the shared storage for other nodes. Tests switch it off and run
    /// jobs themselves.
    /// </summary>
    public bool Server { get; set; } = true;

    /// <summary><c>Jobs:WorkerCount</c>: concurrent jobs on this node.</summary>
    public int WorkerCount { get; set; } = Math.Min(Environment.ProcessorCount * 2, 10);

    /// <summary><c>Jobs:Schema</c>: the PostgreSQL schema of Hangfire's tables.</summary>
    public string Schema { get; set; } = "hangfire";
}
