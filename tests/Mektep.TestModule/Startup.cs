using Mektep.Content;
using Mektep.Data;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Security;
using Mektep.TestModule.Indexes;
using Mektep.TestModule.Migrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.TestModule;

public sealed class Startup : IModuleStartup
{
    public static readonly Permission ManageWidgets = new("ManageWidgets", "Manage test widgets", "Testing");

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, TestPermissions>();
        services.AddDataMigration<ArticleMigration>();
        services.AddSingleton(new AdminMenuItem("Test widgets", "/admin/test-widgets", ManageWidgets.Name, "Content", 900));
        services.AddSingleton<IDbModelContributor, TestWidgetIndexModel>();
        services.AddSingleton<IContentIndexProvider, TestWidgetIndexProvider>();
    }

    public void Configure(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/api/test-module/ping", () => Results.Text("pong"));

    private sealed class TestPermissions : IPermissionProvider
    {
        public IEnumerable<Permission> GetPermissions() => [ManageWidgets];
    }
}
