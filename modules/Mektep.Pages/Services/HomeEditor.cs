using Mektep.Localization;
using Mektep.Media;
using Mektep.Pages.Models;
using Microsoft.Extensions.Localization;

namespace Mektep.Pages.Services;

/// <summary>What the block form posts; which inputs matter depends on the block's kind.</summary>
public sealed class HomeBlockInput
{
    public LocalizedInput Title { get; set; } = new();

    public LocalizedInput Text { get; set; } = new();

    public string? ImagePath { get; set; }

    public LocalizedInput ImageAlt { get; set; } = new();

    public LocalizedInput ButtonLabel { get; set; } = new();

    public MenuItemInput Button { get; set; } = new();

    public List<string> Courses { get; set; } = [];

    public int? Count { get; set; }

    public List<FigureInput> Figures { get; set; } = [];

    public int Revision { get; set; }

    /// <summary>Fills what the form did not post (form binding leaves such inputs null).</summary>
    public HomeBlockInput Normalized()
    {
        Title ??= new();
        Text ??= new();
        ImageAlt ??= new();
        ButtonLabel ??= new();
        Button ??= new();
        Courses ??= [];
        Figures = [.. (Figures ?? []).Select(f => f ?? new FigureInput())];
        return this;
    }

    public static HomeBlockInput From(HomeBlock block, int revision) => new()
    {
        Title = LocalizedInput.From(block.Title),
        Text = LocalizedInput.From(block.Text),
        ImagePath = block.ImagePath,
        ImageAlt = LocalizedInput.From(block.ImageAlt),
        ButtonLabel = LocalizedInput.From(block.ButtonLabel),
        Button = new MenuItemInput
        {
            Kind = (block.ButtonLink.Kind == MenuLinkKind.None ? MenuLinkKind.Route : block.ButtonLink.Kind).ToString(),
            Content = block.ButtonLink.Kind == MenuLinkKind.Content ? block.ButtonLink.Value : null,
            Route = block.ButtonLink.Kind == MenuLinkKind.Route ? block.ButtonLink.Value : null,
            Url = block.ButtonLink.Kind == MenuLinkKind.Url ? block.ButtonLink.Value : null,
        },
        Courses = [.. block.Courses],
        Count = block.Count,
        Figures = [.. block.Figures.Select(f => new FigureInput { Number = f.Number, Kk = f.Label.Kk, Ru = f.Label.Ru, En = f.Label.En })],
        Revision = revision,
    };
}

/// <summary>A text in the three languages as posted.</summary>
public sealed class LocalizedInput
{
    public string? Kk { get; set; }

    public string? Ru { get; set; }

    public string? En { get; set; }

    public string Get(string culture) => culture switch
    {
        SiteCultures.Kazakh => Kk ?? "",
        SiteCultures.Russian => Ru ?? "",
        _ => En ?? "",
    };

    public LocalizedText ToText() => LocalizedText.Of((Kk ?? "").Trim(), (Ru ?? "").Trim(), (En ?? "").Trim());

    public static LocalizedInput From(LocalizedText text) => new() { Kk = text.Kk, Ru = text.Ru, En = text.En };
}

/// <summary>A figure row as posted.</summary>
public sealed class FigureInput
{
    public string? Number { get; set; }

    public string? Kk { get; set; }

    public string? Ru { get; set; }

    public string? En { get; set; }
}

/// <summary>Adds, changes, moves and removes the home page's blocks; each change is checked and saved whole.</summary>
public sealed class HomeEditor(SiteDocumentStore store, MenuLinks links, IMediaStore media, IStringLocalizer<HomeEditor> t)
{
    public async Task<HomeLayout> LoadAsync(CancellationToken cancellationToken = default)
        => await store.LoadAsync<HomeLayout>(SiteDocument.Home, cancellationToken) ?? new HomeLayout();

    /// <summary>Adds an empty block of <paramref name="kind"/> at the end; returns its index, or null when the layout changed meanwhile or is full.</summary>
    public async Task<int?> AddAsync(HomeBlockKind kind, int revision, CancellationToken cancellationToken = default)
    {
        var layout = await LoadAsync(cancellationToken);
        if (layout.Revision != revision || layout.Blocks.Count >= HomeLayout.MaxBlocks || !Enum.IsDefined(kind))
        {
            return null;
        }

        layout.Blocks.Add(new HomeBlock { Kind = kind, Count = 3 });
        return await store.SaveAsync(SiteDocument.Home, layout, revision, cancellationToken) ? layout.Blocks.Count - 1 : null;
    }

    public async Task<bool> MoveAsync(int index, int delta, int revision, CancellationToken cancellationToken = default)
    {
        var layout = await LoadAsync(cancellationToken);
        if (layout.Revision != revision || index < 0 || index >= layout.Blocks.Count)
        {
            return false;
        }

        var to = index + delta;
        if (to < 0 || to >= layout.Blocks.Count)
        {
            return true;
        }

        (layout.Blocks[index], layout.Blocks[to]) = (layout.Blocks[to], layout.Blocks[index]);
        return await store.SaveAsync(SiteDocument.Home, layout, revision, cancellationToken);
    }

    public async Task<bool> RemoveAsync(int index, int revision, CancellationToken cancellationToken = default)
    {
        var layout = await LoadAsync(cancellationToken);
        if (layout.Revision != revision || index < 0 || index >= layout.Blocks.Count)
        {
            return false;
        }

        layout.Blocks.RemoveAt(index);
        return await store.SaveAsync(SiteDocument.Home, layout, revision, cancellationToken);
    }

    /// <summary>Checks and saves block <paramref name="index"/>; messages are keyed by input name.</summary>
    public async Task<MenuEditResult> SaveBlockAsync(int index, HomeBlockInput input, CancellationToken cancellationToken = default)
    {
        var layout = await LoadAsync(cancellationToken);
        if (layout.Revision != input.Revision || index < 0 || index >= layout.Blocks.Count)
        {
            return MenuEditResult.Stale;
        }

        var block = layout.Blocks[index];
        var errors = await BindAsync(block, input, cancellationToken);
        if (errors.Count > 0)
        {
            return new MenuEditResult(false, errors);
        }

        return await store.SaveAsync(SiteDocument.Home, layout, input.Revision, cancellationToken) ? MenuEditResult.Ok : MenuEditResult.Stale;
    }

    /// <summary>Applies the inputs that matter for the block's kind.</summary>
    public async Task<Dictionary<string, string>> BindAsync(HomeBlock block, HomeBlockInput input, CancellationToken cancellationToken = default)
    {
        input.Normalized();
        var errors = new Dictionary<string, string>();
        block.Title = Text(input.Title, "Input.Title", HomeLayout.MaxTitleLength, errors);
        switch (block.Kind)
        {
            case HomeBlockKind.Hero:
                block.Text = Text(input.Text, "Input.Text", HomeLayout.MaxTextLength, errors);
                var path = (input.ImagePath ?? "").Trim();
                block.ImagePath = path.Length == 0 ? null : path;
                if (path.Length > 0 && (!MediaPaths.IsSafe(path) || media.GetInfo(path) is null || MediaKinds.Find(path) is not { IsImage: true }))
                {
                    errors["Input.ImagePath"] = t["Enter the path of an image in the media library, e.g. home/hero.jpg."];
                }

                block.ImageAlt = Text(input.ImageAlt, "Input.ImageAlt", CoverImagePart.MaxAltLength, errors);
                block.ButtonLabel = Text(input.ButtonLabel, "Input.ButtonLabel", SiteMenus.MaxLabelLength, errors);
                if (block.ButtonLabel.IsEmpty)
                {
                    block.ButtonLink = new MenuLink();
                }
                else
                {
                    var kind = Enum.TryParse<MenuLinkKind>(input.Button.Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : MenuLinkKind.None;
                    block.ButtonLink = new MenuLink
                    {
                        Kind = kind,
                        Value = (kind switch { MenuLinkKind.Content => input.Button.Content, MenuLinkKind.Route => input.Button.Route, MenuLinkKind.Url => input.Button.Url, _ => "" } ?? "").Trim(),
                    };
                    if (await links.ProblemAsync(block.ButtonLink, required: true, cancellationToken) is { } problem)
                    {
                        errors[kind switch { MenuLinkKind.Content => "Input.Button.Content", MenuLinkKind.Url => "Input.Button.Url", MenuLinkKind.Route => "Input.Button.Route", _ => "Input.Button.Kind" }] = problem;
                    }
                }

                break;
            case HomeBlockKind.Markdown:
                block.Text = Text(input.Text, "Input.Text", HomeLayout.MaxTextLength, errors);
                if (block.Text.IsEmpty)
                {
                    errors["Input.Text.Kk"] = t["Write the text in at least one language."];
                }

                break;
            case HomeBlockKind.FeaturedCourses:
                block.Courses = [.. input.Courses.Select(c => (c ?? "").Trim()).Where(Mektep.Recipes.RecipeIds.IsValid).Distinct(StringComparer.Ordinal)];
                if (block.Courses.Count > HomeLayout.MaxFeaturedCourses)
                {
                    errors["Input.Courses"] = t["Choose at most {0} courses.", HomeLayout.MaxFeaturedCourses];
                }

                break;
            case HomeBlockKind.LatestNews:
                if (input.Count is not { } count || count < 1 || count > HomeLayout.MaxNewsCount)
                {
                    errors["Input.Count"] = t["Enter a number from 1 to {0}.", HomeLayout.MaxNewsCount];
                }
                else
                {
                    block.Count = count;
                }

                break;
            case HomeBlockKind.Figures:
                block.Figures = [];
                for (var i = 0; i < input.Figures.Count; i++)
                {
                    var row = input.Figures[i];
                    var number = (row.Number ?? "").Trim();
                    var label = LocalizedText.Of((row.Kk ?? "").Trim(), (row.Ru ?? "").Trim(), (row.En ?? "").Trim());
                    if (number.Length == 0 && label.IsEmpty)
                    {
                        continue;
                    }

                    if (number.Length == 0 || number.Length > HomeFigure.MaxNumberLength)
                    {
                        errors[$"Input.Figures[{i}].Number"] = t["Enter the number, at most {0} characters.", HomeFigure.MaxNumberLength];
                    }

                    if (label.IsEmpty || SiteCultures.All.Any(c => label.Get(c).Length > SiteMenus.MaxLabelLength))
                    {
                        errors[$"Input.Figures[{i}].Kk"] = t["Write what the number counts in at least one language, at most {0} characters.", SiteMenus.MaxLabelLength];
                    }

                    block.Figures.Add(new HomeFigure { Number = number, Label = label });
                }

                if (block.Figures.Count > HomeLayout.MaxFigures)
                {
                    errors["Input.Figures"] = t["At most {0} figures.", HomeLayout.MaxFigures];
                }

                break;
        }

        return errors;
    }

    private LocalizedText Text(LocalizedInput input, string name, int max, Dictionary<string, string> errors)
    {
        var text = input.ToText();
        foreach (var culture in SiteCultures.All)
        {
            if (text.Get(culture).Length > max)
            {
                errors[$"{name}.{MenuEditor.Capitalized(culture)}"] = t["At most {0} characters.", max];
            }
        }

        return text;
    }
}
