using Mektep.Data;
using Mektep.Email;
using Mektep.Initiatives.Migrations;
using Mektep.Initiatives.Services;
using Mektep.Learning;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Initiatives;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Initiatives to review", "/admin/initiatives", Permissions.ReviewInitiatives.Name, "Learning", 50));
        services.AddSingleton(new AdminMenuItem("Initiative registry", "/admin/initiatives/registry", Permissions.ViewInitiativeRegistry.Name, "Learning", 51));
        services.AddSingleton(new AccountLink("My initiatives", "/initiatives", 40));
        services.AddDataMigration<InitiativeTypesMigration>();
        services.AddSingleton<IDbModelContributor, InitiativesDbModel>();
        services.AddHttpContextAccessor();
        services.AddEmailKind(InitiativeNotifier.Returned);
        services.AddEmailKind(InitiativeNotifier.Approved);

        services.AddScoped<InitiativeNotifier>();
        services.AddScoped<InitiativeService>();
        services.AddScoped<InitiativeRegistry>();
        services.AddScoped<InitiativeTexts>();
        services.AddScoped<ICourseRequirementProvider, InitiativeRequirementProvider>();
        services.AddScoped<ICourseItemSource, InitiativeCourseItemSource>();
    }

    public void Configure(IEndpointRouteBuilder endpoints) => InitiativeEndpoints.Map(endpoints);
}
