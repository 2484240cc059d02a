using Hangfire;
using Hangfire.Common;
using Mektep.Jobs.Services;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mektep.Jobs;

public sealed class Startup : IModuleStartup
{
    public const string DashboardPath = "/admin/jobs";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection("Jobs"));
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Jobs", DashboardPath, Permissions.ManageJobs.Name, "Site", 30));

        services.AddSingleton<JobStorageProvider>();
        services.AddSingleton<IBackgroundJobQueue, HangfireJobQueue>();
        services.AddSingleton<IRecurringJobRegistry, HangfireRecurringJobRegistry>();
        services.AddScoped<JobDispatcher>();
        AddDashboardServices(services);
        services.AddHostedService<JobServerHost>();
    }

    /// <summary>
    /// What Hangfire's dashboard resolves from the container, registered by hand instead of through
    /// <c>AddHangfire</c>, which would point the process-wide <c>GlobalConfiguration</c> (activator, logging) at
    /// this host: two hosts in one process (tests) must not share them, nor log through a disposed host.
    /// </summary>
    private static void AddDashboardServices(IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<JobStorageProvider>().Storage);
        services.AddSingleton<JobActivator>(sp => new ScopedJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IGlobalConfiguration>(_ => GlobalConfiguration.Configuration); // the marker the dashboard checks; nothing is configured on it
        services.TryAddSingleton(_ => Hangfire.Dashboard.DashboardRoutes.Routes);
        services.TryAddSingleton<IJobFilterProvider>(_ => JobFilterProviders.Providers);
        services.TryAddSingleton<ITimeZoneResolver>(_ => new DefaultTimeZoneResolver());
        services.TryAddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.TryAddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
    }

    public void Configure(IEndpointRouteBuilder endpoints)
    {
        var storage = endpoints.ServiceProvider.GetRequiredService<JobStorageProvider>().Storage;

        // ASP.NET Core authorization guards every dashboard path (pages and its /stats API alike): anonymous
        // visitors are sent to sign in, signed-in people without the permission get 403. Hangfire's own filters
        // (local requests only by default) are switched off for that reason.
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(
            Permissions.ManageJobs.Policy,
            DashboardPath,
            new DashboardOptions
            {
                AppPath = "/admin",
                DashboardTitle = "Mektep jobs",
                DisplayStorageConnectionString = false,
                Authorization = [],
                AsyncAuthorization = [],
            },
            storage);
    }
}
