using Bunit;
using Mektep.Engine.Components.Layout;
using Mektep.Engine.Security;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Layout;

public sealed class AdminMenuTests : BunitContext
{
    private static readonly Permission ManageCourses = new("ManageCourses", "Manage courses", "Courses");

    public AdminMenuTests()
    {
        Services.AddLocalization();
        Services.AddSingleton(new PermissionCatalog([new FixedPermissionProvider(EnginePermissions.AccessAdmin, EnginePermissions.ManageFeatures, ManageCourses)]));
        Services.AddScoped<PermissionCatalogAccessor>();
        Services.AddSingleton(new AdminMenuItem("Dashboard", "/admin", EnginePermissions.AccessAdmin.Name, "Dashboard", 0));
        Services.AddSingleton(new AdminMenuItem("Features", "/admin/features", EnginePermissions.ManageFeatures.Name, "Site", 10));
        Services.AddSingleton(new AdminMenuItem("Courses", "/admin/courses", ManageCourses.Name, "Learning") { ModuleId = "Mektep.Courses" });
        Services.AddSingleton(new AdminMenuItem("Ghost", "/admin/ghost", "PermissionNobodyDeclared", "Content"));
    }

    [Fact]
    public void Render_AllPermissionsAllModules_ShowsDeclaredItemsInGroupOrder()
    {
        Services.AddSingleton<IFeatureManager>(new FakeFeatureManager());
        Services.AddSingleton<ICurrentUser>(new FakeCurrentUser("Admin", EnginePermissions.AccessAdmin, EnginePermissions.ManageFeatures, ManageCourses));

        var menu = Render<AdminMenu>();

        Assert.Equal(["/admin", "/admin/courses", "/admin/features"], menu.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Dashboard", "Learning", "Site"], menu.FindAll("h2").Select(h => h.TextContent));
        Assert.Equal("Mektep.Courses", menu.Find("a[href='/admin/courses']").GetAttribute("data-module"));
    }

    [Fact]
    public void Render_ModuleDisabled_HidesItsItems()
    {
        Services.AddSingleton<IFeatureManager>(new FakeFeatureManager("Mektep.Courses"));
        Services.AddSingleton<ICurrentUser>(new FakeCurrentUser("Admin", EnginePermissions.AccessAdmin, EnginePermissions.ManageFeatures, ManageCourses));

        var menu = Render<AdminMenu>();

        Assert.Empty(menu.FindAll("a[href='/admin/courses']"));
        Assert.Single(menu.FindAll("a[href='/admin/features']"));
    }

    [Fact]
    public void Render_WithoutPermission_HidesTheItem()
    {
        Services.AddSingleton<IFeatureManager>(new FakeFeatureManager());
        Services.AddSingleton<ICurrentUser>(new FakeCurrentUser("Editor", EnginePermissions.AccessAdmin, ManageCourses));

        var menu = Render<AdminMenu>();

        Assert.Equal(["/admin", "/admin/courses"], menu.FindAll("a").Select(a => a.GetAttribute("href")));
    }
}
