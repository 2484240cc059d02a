namespace Mektep.Display;

/// <summary>
/// A component a module puts in a named place of the public site (the main menu, the footer, the home page's body).
/// Register with <c>services.AddSingleton(new SiteZoneItem(SiteZones.MainMenu, typeof(MyMenu)))</c>; themes render a
/// zone through <see cref="ShellComponents.Zone"/>, and the engine hides an item while its module is disabled.
/// </summary>
/// <param name="Zone">One of <see cref="SiteZones"/>, or a theme's own name.</param>
/// <param name="Component">A component without required parameters.</param>
/// <param name="Order">Position among the zone's items, lowest first.</param>
public sealed record SiteZoneItem(string Zone, Type Component, int Order = 100)
{
    /// <summary>Id of the module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}

/// <summary>The zones every theme places.</summary>
public static class SiteZones
{
    /// <summary>The site's main navigation, in the header.</summary>
    public const string MainMenu = "MainMenu";

    /// <summary>The footer's content.</summary>
    public const string Footer = "Footer";

    /// <summary>The home page's body; when empty the engine shows a plain welcome.</summary>
    public const string Home = "Home";
}
