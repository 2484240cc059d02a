using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mektep.Jobs;

/// <summary>Registers a module's jobs.</summary>
public static class JobServiceCollectionExtensions
{
    /// <summary>Registers a job class so it can be queued with <see cref="IBackgroundJobQueue"/>.</summary>
    public static IServiceCollection AddBackgroundJob<TJob>(this IServiceCollection services) where TJob : class
    {
        services.TryAddScoped<TJob>();
        return services;
    }

    /// <summary>Registers a job and schedules it when the site starts (replacing an older schedule with the same id).</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron, string? culture = null)
        where TJob : class, IBackgroundJob<RecurringJobArgs>
    {
        services.TryAddScoped<TJob>();
        services.AddSingleton(RecurringJobDefinition.For<TJob>(id, cron, culture));
        return services;
    }
}
