using Mektep.Content;
using Mektep.Localization;
using Mektep.Media;
using Mektep.Pages.Models;
using Mektep.Pages.Services;
using Mektep.Recipes;

namespace Mektep.Pages.Recipes;

/// <summary>
/// <c>{"Step": "site", "Menus": {...}, "Home": {...}}</c>: the main menu, the footer and the home page's blocks, as
/// /admin/menus and /admin/home edit them. Each part is optional; a part given replaces the site's whole. Content
/// links name localization sets, of the site or of an earlier step of the recipe.
/// </summary>
public sealed class SiteRecipeStep(SiteDocumentStore store, IContentManager content) : IRecipeStep
{
    public string Name => "site";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var menus = context.Read<SiteMenus>("Menus");
        var home = context.Read<HomeLayout>("Home");
        if (menus is null && home is null)
        {
            context.Problem("Menus", "is missing: give Menus, Home or both.");
            return;
        }

        if (menus is not null)
        {
            await CheckMenuAsync(context, "Menus.Main", menus.Main, headings: false, cancellationToken);
            await CheckMenuAsync(context, "Menus.Footer", menus.Footer, headings: true, cancellationToken);
            if (SiteCultures.All.Any(c => menus.FooterText.Get(c).Length > SiteMenus.MaxFooterTextLength))
            {
                context.Problem("Menus.FooterText", $"is too long: at most {SiteMenus.MaxFooterTextLength} characters in each language.");
            }
        }

        if (home is not null)
        {
            if (home.Blocks.Count > HomeLayout.MaxBlocks)
            {
                context.Problem("Home.Blocks", $"at most {HomeLayout.MaxBlocks} blocks.");
            }

            for (var i = 0; i < home.Blocks.Count; i++)
            {
                await CheckBlockAsync(context, $"Home.Blocks[{i}]", home.Blocks[i], cancellationToken);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        if (context.Read<SiteMenus>("Menus") is { } menus)
        {
            await store.SaveAsync(SiteDocument.Menus, menus, expectedRevision: null, cancellationToken);
            context.Plan.Summary.Add($"Site: a main menu of {menus.Main.Count} items and a footer of {menus.Footer.Count} columns.");
        }

        if (context.Read<HomeLayout>("Home") is { } home)
        {
            await store.SaveAsync(SiteDocument.Home, home, expectedRevision: null, cancellationToken);
            context.Plan.Summary.Add($"Site: a home page of {home.Blocks.Count} blocks.");
        }
    }

    private async Task CheckMenuAsync(RecipeStepContext context, string path, List<MenuItem> items, bool headings, CancellationToken cancellationToken)
    {
        if (items.Sum(i => 1 + i.Children.Count) > SiteMenus.MaxItems)
        {
            context.Problem(path, $"at most {SiteMenus.MaxItems} items.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            CheckLabel(context, $"{path}[{i}].Labels", item.Labels, SiteMenus.MaxLabelLength);
            if (!headings)
            {
                await CheckLinkAsync(context, $"{path}[{i}].Link", item.Link, cancellationToken);
            }

            for (var j = 0; j < item.Children.Count; j++)
            {
                var child = item.Children[j];
                CheckLabel(context, $"{path}[{i}].Children[{j}].Labels", child.Labels, SiteMenus.MaxLabelLength);
                await CheckLinkAsync(context, $"{path}[{i}].Children[{j}].Link", child.Link, cancellationToken);
                if (child.Children.Count > 0)
                {
                    context.Problem($"{path}[{i}].Children[{j}].Children", "a sub-item cannot have items of its own.");
                }
            }
        }
    }

    private async Task CheckBlockAsync(RecipeStepContext context, string path, HomeBlock block, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(block.Kind))
        {
            context.Problem(path + ".Kind", "must be Hero, FeaturedCourses, LatestNews, Figures or Markdown.");
        }

        if (SiteCultures.All.Any(c => block.Title.Get(c).Length > HomeLayout.MaxTitleLength))
        {
            context.Problem(path + ".Title", $"is too long: at most {HomeLayout.MaxTitleLength} characters.");
        }

        if (SiteCultures.All.Any(c => block.Text.Get(c).Length > HomeLayout.MaxTextLength))
        {
            context.Problem(path + ".Text", $"is too long: at most {HomeLayout.MaxTextLength} characters.");
        }

        if (block.ImagePath is { } image && !(MediaPaths.IsSafe(image) && MediaKinds.Find(image) is { IsImage: true }))
        {
            context.Problem(path + ".ImagePath", $"'{image}' is not the path of an image in the media library.");
        }

        if (block.Kind == HomeBlockKind.Hero && !block.ButtonLabel.IsEmpty)
        {
            await CheckLinkAsync(context, path + ".ButtonLink", block.ButtonLink, cancellationToken);
        }

        if (block.Kind == HomeBlockKind.LatestNews && block.Count is < 1 or > HomeLayout.MaxNewsCount)
        {
            context.Problem(path + ".Count", $"must be from 1 to {HomeLayout.MaxNewsCount}.");
        }

        if (block.Courses.Count > HomeLayout.MaxFeaturedCourses)
        {
            context.Problem(path + ".Courses", $"at most {HomeLayout.MaxFeaturedCourses} courses.");
        }

        for (var i = 0; i < block.Courses.Count; i++)
        {
            if (!await SetExistsAsync(context, block.Courses[i], cancellationToken))
            {
                context.Problem($"{path}.Courses[{i}]", $"'{block.Courses[i]}' is no course of the site or of this recipe.");
            }
        }

        if (block.Figures.Count > HomeLayout.MaxFigures)
        {
            context.Problem(path + ".Figures", $"at most {HomeLayout.MaxFigures} figures.");
        }

        for (var i = 0; i < block.Figures.Count; i++)
        {
            var figure = block.Figures[i];
            if (figure.Number.Length is 0 or > HomeFigure.MaxNumberLength)
            {
                context.Problem($"{path}.Figures[{i}].Number", $"must be 1 to {HomeFigure.MaxNumberLength} characters.");
            }

            CheckLabel(context, $"{path}.Figures[{i}].Label", figure.Label, SiteMenus.MaxLabelLength);
        }
    }

    private static void CheckLabel(RecipeStepContext context, string path, LocalizedText text, int max)
    {
        if (text.IsEmpty)
        {
            context.Problem(path, "is empty: write it in at least one language (Kk, Ru, En).");
        }
        else if (SiteCultures.All.Any(c => text.Get(c).Length > max))
        {
            context.Problem(path, $"is too long: at most {max} characters in each language.");
        }
    }

    private async Task CheckLinkAsync(RecipeStepContext context, string path, MenuLink link, CancellationToken cancellationToken)
    {
        switch (link.Kind)
        {
            case MenuLinkKind.Route when !BuiltInRoutes.Paths.ContainsKey(link.Value):
                context.Problem(path + ".Value", $"'{link.Value}' is not one of the site's pages ({string.Join(", ", BuiltInRoutes.Paths.Keys)}).");
                break;
            case MenuLinkKind.Url when !MenuLinks.IsSafeUrl(link.Value):
                context.Problem(path + ".Value", $"'{link.Value}' is not allowed: an address starts with http://, https:// or / (a page of this site).");
                break;
            case MenuLinkKind.Content when !await SetExistsAsync(context, link.Value, cancellationToken):
                context.Problem(path + ".Value", $"'{link.Value}' is no content of the site or of this recipe.");
                break;
            case MenuLinkKind.None:
                context.Problem(path, "is missing: give Kind (Content, Route or Url) and Value.");
                break;
        }
    }

    private async Task<bool> SetExistsAsync(RecipeStepContext context, string set, CancellationToken cancellationToken)
        => RecipeIds.IsValid(set) && (context.Plan.LocalizationSets.ContainsKey(set)
            || (await content.GetTranslationsAsync(set, VersionOptions.Latest, cancellationToken)).Count > 0);
}
