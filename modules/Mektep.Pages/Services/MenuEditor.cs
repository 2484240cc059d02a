using System.Globalization;
using Mektep.Pages.Models;
using Microsoft.Extensions.Localization;

namespace Mektep.Pages.Services;

/// <summary>What the menu item form posts.</summary>
public sealed class MenuItemInput
{
    public string? Kk { get; set; }

    public string? Ru { get; set; }

    public string? En { get; set; }

    /// <summary>A <see cref="MenuLinkKind"/> name.</summary>
    public string? Kind { get; set; }

    public string? Content { get; set; }

    public string? Route { get; set; }

    public string? Url { get; set; }

    public int Revision { get; set; }
}

/// <summary>Where an item sits: its index in the menu and, for a sub-item, its index under the parent.</summary>
public readonly record struct MenuPath(int Index, int? Child)
{
    public static MenuPath? Parse(string? text)
    {
        var parts = (text ?? "").Split('.');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new MenuPath(index, null);
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var child) ? new MenuPath(index, child) : null;
    }

    public override string ToString() => Child is { } child
        ? string.Create(CultureInfo.InvariantCulture, $"{Index}.{child}")
        : Index.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The outcome of an edit: saved, refused with messages by input name, or overtaken by another editor's save.</summary>
public sealed record MenuEditResult(bool Saved, IReadOnlyDictionary<string, string> Errors, bool Conflict = false)
{
    public static readonly MenuEditResult Ok = new(true, new Dictionary<string, string>());

    public static MenuEditResult Stale => new(false, new Dictionary<string, string>(), true);
}

/// <summary>Changes the main menu and the footer: one item at a time, each change checked and saved whole.</summary>
public sealed class MenuEditor(SiteDocumentStore store, MenuLinks links, IStringLocalizer<MenuEditor> t)
{
    /// <summary>The menus to edit (empty when never saved).</summary>
    public async Task<SiteMenus> LoadAsync(CancellationToken cancellationToken = default)
        => await store.LoadAsync<SiteMenus>(SiteDocument.Menus, cancellationToken) ?? new SiteMenus();

    /// <summary>The item at <paramref name="path"/>, or null.</summary>
    public static MenuItem? Find(SiteMenus menus, string menu, MenuPath path)
    {
        var list = menus.Menu(menu);
        if (path.Index < 0 || path.Index >= list.Count)
        {
            return null;
        }

        var item = list[path.Index];
        return path.Child is not { } child ? item : child >= 0 && child < item.Children.Count ? item.Children[child] : null;
    }

    /// <summary>True when an item at this place is a footer column's heading, which has no link.</summary>
    public static bool IsHeading(string menu, bool topLevel) => menu == MenuNames.Footer && topLevel;

    /// <summary>
    /// Adds an item (under <paramref name="parent"/> when given) or changes the one at <paramref name="path"/>. Only a
    /// top-level item of the main menu takes sub-items, and a footer column takes links.
    /// </summary>
    public async Task<MenuEditResult> SaveItemAsync(string menu, MenuPath? path, int? parent, MenuItemInput input, CancellationToken cancellationToken = default)
    {
        var menus = await LoadAsync(cancellationToken);
        if (menus.Revision != input.Revision)
        {
            return MenuEditResult.Stale;
        }

        var list = menus.Menu(menu);
        var topLevel = path is { Child: null } || (path is null && parent is null);
        var (item, errors) = await BindAsync(input, IsHeading(menu, topLevel), cancellationToken);
        if (path is { } at)
        {
            if (Find(menus, menu, at) is not { } existing)
            {
                return MenuEditResult.Stale;
            }

            existing.Labels = item.Labels;
            existing.Link = item.Link;
        }
        else if (parent is { } p)
        {
            if (p < 0 || p >= list.Count)
            {
                return MenuEditResult.Stale;
            }

            list[p].Children.Add(item);
        }
        else
        {
            list.Add(item);
        }

        if (Count(menus) > SiteMenus.MaxItems)
        {
            errors["Input.Kk"] = t["A menu holds at most {0} items.", SiteMenus.MaxItems];
        }

        if (errors.Count > 0)
        {
            return new MenuEditResult(false, errors);
        }

        return await SaveAsync(menus, input.Revision, cancellationToken);
    }

    /// <summary>Moves an item one place up (<paramref name="delta"/> -1) or down (+1) among its siblings.</summary>
    public async Task<MenuEditResult> MoveAsync(string menu, MenuPath path, int delta, int revision, CancellationToken cancellationToken = default)
    {
        var menus = await LoadAsync(cancellationToken);
        if (menus.Revision != revision || Find(menus, menu, path) is null)
        {
            return MenuEditResult.Stale;
        }

        var siblings = path.Child is null ? menus.Menu(menu) : menus.Menu(menu)[path.Index].Children;
        var from = path.Child ?? path.Index;
        var to = from + delta;
        if (to < 0 || to >= siblings.Count)
        {
            return MenuEditResult.Ok;
        }

        (siblings[from], siblings[to]) = (siblings[to], siblings[from]);
        return await SaveAsync(menus, revision, cancellationToken);
    }

    /// <summary>Removes an item with its sub-items.</summary>
    public async Task<MenuEditResult> RemoveAsync(string menu, MenuPath path, int revision, CancellationToken cancellationToken = default)
    {
        var menus = await LoadAsync(cancellationToken);
        if (menus.Revision != revision || Find(menus, menu, path) is null)
        {
            return MenuEditResult.Stale;
        }

        if (path.Child is { } child)
        {
            menus.Menu(menu)[path.Index].Children.RemoveAt(child);
        }
        else
        {
            menus.Menu(menu).RemoveAt(path.Index);
        }

        return await SaveAsync(menus, revision, cancellationToken);
    }

    /// <summary>Changes the footer's short text.</summary>
    public async Task<MenuEditResult> SaveFooterTextAsync(LocalizedText text, int revision, CancellationToken cancellationToken = default)
    {
        var menus = await LoadAsync(cancellationToken);
        if (menus.Revision != revision)
        {
            return MenuEditResult.Stale;
        }

        var errors = new Dictionary<string, string>();
        var clean = new LocalizedText();
        foreach (var culture in Mektep.Localization.SiteCultures.All)
        {
            var value = (text.Get(culture) ?? "").Trim();
            if (value.Length > SiteMenus.MaxFooterTextLength)
            {
                errors["Footer." + Capitalized(culture)] = t["At most {0} characters.", SiteMenus.MaxFooterTextLength];
            }

            clean.Set(culture, value);
        }

        if (errors.Count > 0)
        {
            return new MenuEditResult(false, errors);
        }

        menus.FooterText = clean;
        return await SaveAsync(menus, revision, cancellationToken);
    }

    /// <summary>Reads the form into an item, with messages keyed by input name.</summary>
    public async Task<(MenuItem Item, Dictionary<string, string> Errors)> BindAsync(MenuItemInput input, bool heading, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var item = new MenuItem { Labels = LocalizedText.Of((input.Kk ?? "").Trim(), (input.Ru ?? "").Trim(), (input.En ?? "").Trim()) };
        if (item.Labels.IsEmpty)
        {
            errors["Input.Kk"] = t["Write the label in at least one language."];
        }

        foreach (var culture in Mektep.Localization.SiteCultures.All)
        {
            if (item.Labels.Get(culture).Length > SiteMenus.MaxLabelLength)
            {
                errors["Input." + Capitalized(culture)] = t["At most {0} characters.", SiteMenus.MaxLabelLength];
            }
        }

        if (heading)
        {
            return (item, errors);
        }

        var kind = Enum.TryParse<MenuLinkKind>(input.Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : MenuLinkKind.None;
        item.Link = new MenuLink
        {
            Kind = kind,
            Value = (kind switch
            {
                MenuLinkKind.Content => input.Content,
                MenuLinkKind.Route => input.Route,
                MenuLinkKind.Url => input.Url,
                _ => "",
            } ?? "").Trim(),
        };
        if (await links.ProblemAsync(item.Link, required: true, cancellationToken) is { } problem)
        {
            errors[kind switch
            {
                MenuLinkKind.Content => "Input.Content",
                MenuLinkKind.Route => "Input.Route",
                MenuLinkKind.Url => "Input.Url",
                _ => "Input.Kind",
            }] = problem;
        }

        return (item, errors);
    }

    private async Task<MenuEditResult> SaveAsync(SiteMenus menus, int revision, CancellationToken cancellationToken)
        => await store.SaveAsync(SiteDocument.Menus, menus, revision, cancellationToken) ? MenuEditResult.Ok : MenuEditResult.Stale;

    private static int Count(SiteMenus menus)
        => Math.Max(menus.Main.Sum(i => 1 + i.Children.Count), menus.Footer.Sum(i => 1 + i.Children.Count));

    public static string Capitalized(string culture) => char.ToUpperInvariant(culture[0]) + culture[1..];
}
