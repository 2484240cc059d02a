using System.Text.Json;
using System.Text.Json.Nodes;
using Mektep.Pages.Models;
using Mektep.Pages.Services;
using Mektep.Recipes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Pages.Recipes;

/// <summary>Downloads the menus and the home page as a recipe with one <c>site</c> step: <c>GET /admin/site/recipe.json</c>.</summary>
public static class SiteRecipeEndpoints
{
    public const string ExportPath = "/admin/site/recipe.json";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(Permissions.ManageMenus.Policy, Permissions.ManageHomePage.Policy);

    /// <summary>The recipe: whatever has been saved of the menus and the home page.</summary>
    public static async Task<JsonObject> RecipeAsync(SiteDocumentStore store, CancellationToken cancellationToken = default)
    {
        var step = new JsonObject { ["Step"] = "site" };
        if (await store.LoadAsync<SiteMenus>(SiteDocument.Menus, cancellationToken) is { } menus)
        {
            var node = JsonSerializer.SerializeToNode(menus, RecipeJson.Options)!.AsObject();
            node.Remove(nameof(SiteMenus.Revision));
            step["Menus"] = node;
        }

        if (await store.LoadAsync<HomeLayout>(SiteDocument.Home, cancellationToken) is { } home)
        {
            var node = JsonSerializer.SerializeToNode(home, RecipeJson.Options)!.AsObject();
            node.Remove(nameof(HomeLayout.Revision));
            step["Home"] = node;
        }

        return new JsonObject { ["Name"] = "site", ["Title"] = "Menus and home page", ["Steps"] = new JsonArray(step) };
    }

    private static async Task<IResult> ExportAsync(HttpContext context, SiteDocumentStore store)
    {
        var recipe = await RecipeAsync(store, context.RequestAborted);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(recipe, RecipeJson.Options);
        return Results.File(bytes, "application/json; charset=utf-8", "site.recipe.json");
    }
}
