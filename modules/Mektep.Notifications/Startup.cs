using Mektep.Data;
using Mektep.Display;
using Mektep.Email;
using Mektep.Jobs;
using Mektep.Learning;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Notifications.Jobs;
using Mektep.Notifications.Services;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mektep.Notifications;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection("Notifications"))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                options.From = configuration["Mail:From"] is { Length: > 0 } from ? from : options.From;
                options.PickupFolder = configuration["Mail:PickupFolder"] is { Length: > 0 } folder ? folder : Path.Combine(environment.ContentRootPath, "App_Data", "mail");
            });
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Outbox", "/admin/outbox", Permissions.ManageNotifications.Name, "Site", 40));
        services.AddSingleton(new AdminMenuItem("Email templates", "/admin/notifications/templates", Permissions.ManageNotifications.Name, "Site", 41));
        services.AddSingleton(new AdminMenuItem("Webhooks", "/admin/webhooks", Permissions.ManageWebhooks.Name, "Site", 42));
        services.AddSingleton<IDbModelContributor, NotificationsDbModel>();

        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<OutboxDrainer>();
        services.AddScoped<NotificationPreferences>();
        services.AddScoped<EmailTemplates>();
        services.AddScoped<EmailComposer>();
        services.AddScoped<IEmailComposer>(sp => sp.GetRequiredService<EmailComposer>());
        services.AddScoped<OutboxAdministration>();
        services.AddMemoryCache();
        services.AddScoped<UserNotifications>();
        services.AddScoped<IUserNotifications>(sp => sp.GetRequiredService<UserNotifications>());
        services.AddScoped<MessagePreferences>();
        services.AddScoped<IMessagePreferences>(sp => sp.GetRequiredService<MessagePreferences>());
        services.AddSingleton(new SiteHeaderItem(typeof(Components.NotificationBell), 10));
        services.AddSingleton<IViewerSlot, Components.UnreadCountSlot>();
        services.AddSingleton(new AccountLink("Notification settings", "/account/notifications", 10));
        services.AddSingleton<MailTransports>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddEmailKind(DefaultEmailKinds.Announcement);

        services.Configure<WebhookOptions>(configuration.GetSection("Notifications:Webhooks"));
        services.AddSingleton<WebhookHttp>();
        services.AddSingleton<WebhookDeliveryRequests>();
        services.AddScoped<WebhookEndpoints>();
        services.AddScoped<WebhookDeliverer>();
        services.AddScoped<WebhookAdministration>();
        services.AddScoped<WebhookEventHandler>();
        services.AddScoped<ILearningEventHandler>(sp => sp.GetRequiredService<WebhookEventHandler>());
        services.AddScoped<ICourseCompletionHandler>(sp => sp.GetRequiredService<WebhookEventHandler>());
        services.AddRecurringJob<DeliverWebhooksJob>(DeliverWebhooksJob.Id, RecurringJobDefinition.EveryMinute);
        services.AddRecurringJob<DrainOutboxJob>(DrainOutboxJob.Id, RecurringJobDefinition.EveryMinute);

        ReplaceEngineSender(services);
    }

    public void Configure(IEndpointRouteBuilder endpoints) => UnsubscribeEndpoint.Map(endpoints);

    /// <summary>
    /// Keeps the engine's sender reachable under a key (used while this module is disabled) and puts the outbox
    /// in front of it. The engine's registration stays where it is: the last registration wins.
    /// </summary>
    private static void ReplaceEngineSender(IServiceCollection services)
    {
        var engine = services.LastOrDefault(d => d.ServiceType == typeof(IEmailSender) && !d.IsKeyedService);
        if (engine?.ImplementationFactory is { } factory)
        {
            services.AddKeyedSingleton(OutboxEmailSender.EngineSenderKey, (sp, _) => (IEmailSender)factory(sp));
        }
        else if (engine?.ImplementationInstance is IEmailSender instance)
        {
            services.AddKeyedSingleton(OutboxEmailSender.EngineSenderKey, instance);
        }
        else if (engine?.ImplementationType is { } type)
        {
            services.AddKeyedSingleton(typeof(IEmailSender), OutboxEmailSender.EngineSenderKey, type);
        }

        services.AddSingleton<IEmailSender>(sp => ActivatorUtilities.CreateInstance<OutboxEmailSender>(
            sp, sp.GetRequiredKeyedService<IEmailSender>(OutboxEmailSender.EngineSenderKey)));
    }
}
