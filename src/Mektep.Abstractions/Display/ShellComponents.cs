namespace Mektep.Display;

/// <summary>
/// The engine's building blocks a theme's layout places where it likes (with <c>DynamicComponent</c>), so
/// a theme needs nothing but the abstractions.
/// </summary>
/// <param name="AdminMenu">The admin menu, filtered by the person's permissions and the enabled modules.</param>
/// <param name="CulturePicker">The kk / ru / en switch.</param>
/// <param name="UserMenu">Sign-in link, or the person's name with account and sign-out.</param>
public sealed record ShellComponents(Type AdminMenu, Type CulturePicker, Type UserMenu)
{
    /// <summary>The enabled modules' <see cref="SiteHeaderItem"/>s (a notification bell), or null when the engine has none.</summary>
    public Type? HeaderItems { get; init; }

    /// <summary>
    /// Renders the enabled modules' <see cref="SiteZoneItem"/>s of one zone (parameter <c>Name</c>), or its
    /// <c>ChildContent</c> (a theme's fallback) when the zone has none; null when the engine has no zones.
    /// </summary>
    public Type? Zone { get; init; }

    /// <summary>
    /// Shows a content item through its parts' display components (parameters <c>Item</c> and <c>DisplayType</c>), so a
    /// module can show another module's items (a course card on the home page); null when the engine has none.
    /// </summary>
    public Type? ContentView { get; init; }
}
