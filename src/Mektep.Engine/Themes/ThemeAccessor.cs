using Mektep.Engine.Modularity;
using Mektep.Settings;

namespace Mektep.Engine.Themes;

/// <summary>The active site and admin themes, read from settings on every request, so a switch needs no restart.</summary>
public sealed class ThemeAccessor(ModuleCatalog catalog, ISiteSettingsStore settings)
{
    public ModuleDescriptor SiteTheme => Pick(settings.Current.SiteTheme, admin: false);

    public ModuleDescriptor AdminTheme => Pick(settings.Current.AdminTheme, admin: true);

    public ModuleDescriptor For(bool admin) => admin ? AdminTheme : SiteTheme;

    public IEnumerable<ModuleDescriptor> Available(bool admin) => catalog.Themes.Where(t => t.Info.IsAdminTheme == admin);

    private ModuleDescriptor Pick(string? id, bool admin)
    {
        var candidates = Available(admin).ToList();
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException(admin ? "No admin theme is installed." : "No site theme is installed.");
        }

        return candidates.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(t => t.Info.IsDefaultTheme)
            ?? candidates[0];
    }
}
