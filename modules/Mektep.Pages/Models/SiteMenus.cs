namespace Mektep.Pages.Models;

/// <summary>The main menu and the footer, edited at /admin/menus and stored as one document.</summary>
public sealed class SiteMenus : Services.IRevisioned
{
    public const int MaxItems = 40;
    public const int MaxLabelLength = 80;
    public const int MaxFooterTextLength = 500;

    /// <summary>The header's navigation; an item may have one level of sub-items.</summary>
    public List<MenuItem> Main { get; set; } = [];

    /// <summary>The footer's columns: each a heading (<see cref="MenuItem.Labels"/>, no link) with links as its children.</summary>
    public List<MenuItem> Footer { get; set; } = [];

    /// <summary>A short text under the footer's columns (contacts, the programme's owner).</summary>
    public LocalizedText FooterText { get; set; } = new();

    /// <summary>Counts saves; an editor posts the one it loaded so that two editors do not undo each other.</summary>
    public int Revision { get; set; }

    public List<MenuItem> Menu(string name) => name == MenuNames.Footer ? Footer : Main;
}

/// <summary>The two menus.</summary>
public static class MenuNames
{
    public const string Main = "main";
    public const string Footer = "footer";

    public static bool IsKnown(string? name) => name is Main or Footer;
}

/// <summary>One entry of a menu: a label in each language and where it leads.</summary>
public sealed class MenuItem
{
    public LocalizedText Labels { get; set; } = new();

    /// <summary>Where the item leads; a footer column's heading has <see cref="MenuLinkKind.None"/>.</summary>
    public MenuLink Link { get; set; } = new();

    public List<MenuItem> Children { get; set; } = [];
}

/// <summary>A link to a content item, a page the site always has, or an address.</summary>
public sealed class MenuLink
{
    public MenuLinkKind Kind { get; set; }

    /// <summary>The content item's localization set, a <see cref="BuiltInRoutes"/> name or the URL.</summary>
    public string Value { get; set; } = "";
}

public enum MenuLinkKind
{
    None,
    Content,
    Route,
    Url,
}

/// <summary>Pages of the site a menu can link to by name.</summary>
public static class BuiltInRoutes
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "/",
        ["catalogue"] = "/courses",
        ["news"] = "/news",
        ["my-learning"] = "/my",
        ["verify"] = "/verify",
    };

    /// <summary>The English name of a route, a key of the module's translations.</summary>
    public static string DisplayName(string route) => route switch
    {
        "home" => "Home page",
        "catalogue" => "Course catalogue",
        "news" => "News",
        "my-learning" => "My learning",
        "verify" => "Certificate verification",
        _ => route,
    };
}
