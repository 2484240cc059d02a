using Mektep.Navigation;
using Mektep.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine;

internal static class EngineMenu
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(new AdminMenuItem("Dashboard", "/admin", EnginePermissions.AccessAdmin.Name, "Dashboard", 0));
        services.AddSingleton(new AdminMenuItem("Content", "/admin/content", EnginePermissions.ManageContent.Name, "Content", 0));
        services.AddSingleton(new AdminMenuItem("Content types", "/admin/content-types", EnginePermissions.ManageContentTypes.Name, "Content", 10));
        services.AddSingleton(new AdminMenuItem("Media", "/admin/media", EnginePermissions.ManageMedia.Name, "Content", 20));
        services.AddSingleton(new AdminMenuItem("Users", "/admin/users", EnginePermissions.ViewRegionPeople.Name, "People", 0));
        services.AddSingleton(new AdminMenuItem("Roles", "/admin/roles", EnginePermissions.ManageRoles.Name, "People", 10));
        services.AddSingleton(new AdminMenuItem("Organisation", "/admin/organisation", EnginePermissions.ManageOrganisation.Name, "People", 20));
        services.AddSingleton(new AdminMenuItem("Settings", "/admin/settings", EnginePermissions.ManageSettings.Name, "Site", 0));
        services.AddSingleton(new AdminMenuItem("Features", "/admin/features", EnginePermissions.ManageFeatures.Name, "Site", 10));
        services.AddSingleton(new AdminMenuItem("Recipes", "/admin/recipes", EnginePermissions.ManageRecipes.Name, "Site", 15));
        services.AddSingleton(new AdminMenuItem("Audit trail", "/admin/audit", EnginePermissions.ViewAuditTrail.Name, "Site", 20));
    }
}
