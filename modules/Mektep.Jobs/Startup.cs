using Hangfire;
using Mektep.Jobs.Services;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddHostedService<JobServerHost>();
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
