using System.Text.Json;
using System.Text.RegularExpressions;
using Mektep.Content;
using Mektep.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Engine.Recipes;

/// <summary>Downloads content as a recipe: <c>GET /admin/recipes/export?set=...&amp;set=...</c>.</summary>
internal static partial class RecipeEndpoints
{
    public const string ExportPath = "/admin/recipes/export";
    public const int MaxSets = 100;

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(EnginePermissions.ManageRecipes.Policy);

    private static async Task<IResult> ExportAsync(HttpContext context, RecipeExporter exporter, IContentManager content)
    {
        var sets = context.Request.Query["set"].OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (sets.Count is 0 or > MaxSets || sets.Any(s => !SetPattern().IsMatch(s)))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Name 1 to {MaxSets} content items to export with ?set=<localization set>.");
        }

        var first = (await content.GetTranslationsAsync(sets[0], VersionOptions.Latest, context.RequestAborted)).FirstOrDefault();
        if (first is null)
        {
            return Results.NotFound();
        }

        var name = FileNamePattern().Replace(first.DisplayText.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } slug ? slug : sets[0];
        var recipe = await exporter.ExportAsync(name, first.DisplayText, sets, context.RequestAborted);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(recipe, Mektep.Recipes.RecipeJson.Options);
        return Results.File(bytes, "application/json; charset=utf-8", $"{(name.Length > 60 ? name[..60] : name)}.recipe.json");
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex SetPattern();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex FileNamePattern();
}
