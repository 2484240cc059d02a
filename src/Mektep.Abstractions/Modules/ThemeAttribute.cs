namespace Mektep.Modules;

/// <summary>
/// The manifest of a theme. A theme is a module whose layout frames every page of its side of the site
/// (the public site or the admin) and whose component registrations override the modules' own.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThemeAttribute(string name, Type layout) : Attribute
{
    /// <summary>The human name shown in settings.</summary>
    public string Name { get; } = name;

    /// <summary>A <c>LayoutComponentBase</c> that frames pages.</summary>
    public Type Layout { get; } = layout;

    /// <summary>True for a back-office theme, false for a public-site theme.</summary>
    public bool IsAdmin { get; set; }

    /// <summary>The theme a new site uses until an administrator picks one in settings.</summary>
    public bool IsDefault { get; set; }

    /// <summary>One sentence about the theme.</summary>
    public string Description { get; set; } = "";

    /// <summary>Stylesheets under the theme's wwwroot, linked in this order.</summary>
    public string[] Stylesheets { get; set; } = ["site.css"];

    /// <summary>Ids of modules the theme needs.</summary>
    public string[] Dependencies { get; set; } = [];
}
