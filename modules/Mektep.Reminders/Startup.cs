using Mektep.Data;
using Mektep.Email;
using Mektep.Jobs;
using Mektep.Learning;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Reminders.Jobs;
using Mektep.Reminders.Services;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Reminders;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Reminders", "/admin/reminders", Permissions.ManageReminders.Name, "Learning", 40));
        services.AddSingleton(new AccountLink("Calendar feed of my due dates", "/account/calendar", 20));
        services.AddSingleton<IDbModelContributor, RemindersDbModel>();

        services.AddScoped<ReminderRules>();
        services.AddScoped<ReminderCandidates>();
        services.AddScoped<ReminderSweeper>();
        services.AddScoped<ReminderSender>();
        services.AddScoped<CalendarFeed>();
        services.AddScoped<ReminderLinks>();
        services.AddScoped<ILearningEventHandler, WelcomeOnEnrollment>();
        foreach (var kind in ReminderKinds.All)
        {
            services.AddEmailKind(kind);
        }

        services.AddRecurringJob<SweepRemindersJob>(SweepRemindersJob.Id, SweepRemindersJob.Cron);
        services.AddBackgroundJob<SendRemindersJob>();
    }

    public void Configure(IEndpointRouteBuilder endpoints) => CalendarEndpoint.Map(endpoints);
}
