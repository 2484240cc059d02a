using Mektep.Content;
using Mektep.Data;
using Mektep.Display;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Pages.Components;
using Mektep.Pages.Editors;
using Mektep.Pages.Indexes;
using Mektep.Pages.Migrations;
using Mektep.Pages.Models;
using Mektep.Pages.Services;
using Mektep.Recipes;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Pages;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Menus", "/admin/menus", Permissions.ManageMenus.Name, "Site", 10));
        services.AddSingleton(new AdminMenuItem("Home page", "/admin/home", Permissions.ManageHomePage.Name, "Site", 20));
        services.AddDataMigration<PageTypeMigration>();
        services.AddSingleton<IDbModelContributor, PagesDbModel>();
        services.AddSingleton<IContentIndexProvider, NewsIndexProvider>();

        services.AddScoped<SiteDocumentStore>();
        services.AddScoped<MenuLinks>();
        services.AddScoped<MenuEditor>();
        services.AddScoped<HomeEditor>();
        services.AddScoped<NewsService>();
        services.AddRecipeStep<Recipes.SiteRecipeStep>();

        services.AddSingleton(new SiteZoneItem(SiteZones.MainMenu, typeof(MainMenu)));
        services.AddSingleton(new SiteZoneItem(SiteZones.Footer, typeof(SiteFooter)));
        services.AddSingleton(new SiteZoneItem(SiteZones.Home, typeof(HomeBlocks)));

        services.AddContentPart<NewsArticlePart>("News article", "A summary for lists and the publication date")
            .WithDisplay<NewsArticlePartDisplay>()
            .WithDisplay<NewsArticlePartDisplay>(DisplayTypes.Summary)
            .WithEditor<NewsArticlePartEditor, NewsArticlePartBinder>();
        services.AddContentPart<CoverImagePart>("Cover image", "An image from the media library at the top of the item and on its card")
            .WithDisplay<CoverImagePartDisplay>()
            .WithDisplay<CoverImagePartDisplay>(DisplayTypes.Summary)
            .WithEditor<CoverImagePartEditor, CoverImagePartBinder>();
    }

    public void Configure(IEndpointRouteBuilder endpoints) => Recipes.SiteRecipeEndpoints.Map(endpoints);
}
