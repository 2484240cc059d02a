namespace Mektep.Jobs;

/// <summary>A job that fires on a schedule.</summary>
/// <param name="Id">Unique id, prefixed with the module: <c>notifications:drain-outbox</c>.</param>
/// <param name="Cron">A five-field cron expression in UTC, e.g. <c>*/5 * * * *</c>.</param>
/// <param name="JobType">A class implementing <see cref="IBackgroundJob{TArgs}"/> of <see cref="RecurringJobArgs"/>.</param>
/// <param name="Culture">The culture (kk, ru, en) it runs in; null for the site default.</param>
public sealed record RecurringJobDefinition(string Id, string Cron, Type JobType, string? Culture = null)
{
    /// <summary>The module that owns the job: the job type's assembly name. Its jobs are skipped while it is disabled.</summary>
    public string ModuleId => JobType.Assembly.GetName().Name ?? "";

    /// <summary>Every minute.</summary>
    public const string EveryMinute = "* * * * *";

    /// <summary>A definition checked at compile time.</summary>
    public static RecurringJobDefinition For<TJob>(string id, string cron, string? culture = null)
        where TJob : class, IBackgroundJob<RecurringJobArgs>
        => new(id, cron, typeof(TJob), culture);
}
