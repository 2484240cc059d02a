using System.Collections.Frozen;
using Mektep.Display;
using Mektep.Modules;

namespace Mektep.Engine.Display;

/// <summary>
/// Which component shows or edits a part. A theme's own registration wins over the module's; parts of a
/// disabled module have none, so they vanish from pages at once.
/// </summary>
public sealed class PartComponentRegistry(
    IEnumerable<PartDisplayRegistration> displays,
    IEnumerable<PartEditorRegistration> editors,
    IFeatureManager features)
{
    private readonly FrozenDictionary<(string Part, string DisplayType, string Theme), PartDisplayRegistration> _displays = displays
        .GroupBy(d => (d.PartName, d.DisplayType, d.Theme ?? ""))
        .ToFrozenDictionary(g => g.Key, g => g.Last());

    private readonly FrozenDictionary<string, PartEditorRegistration> _editors = editors
        .GroupBy(e => e.PartName, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The display component, falling back from the theme's to the module's and from any display type to Detail.</summary>
    public Type? Display(string partName, string displayType, string? themeId)
    {
        var found = Find(partName, displayType, themeId) ?? (displayType == DisplayTypes.Detail ? null : Find(partName, DisplayTypes.Detail, themeId));
        return found is not null && IsOn(found.ModuleId) ? found.Component : null;
    }

    public PartEditorRegistration? Editor(string partName)
        => _editors.TryGetValue(partName, out var editor) && IsOn(editor.ModuleId) ? editor : null;

    private PartDisplayRegistration? Find(string partName, string displayType, string? themeId)
    {
        if (themeId is not null && _displays.TryGetValue((partName, displayType, themeId), out var themed) && IsOn(themed.ModuleId))
        {
            return themed;
        }

        return _displays.GetValueOrDefault((partName, displayType, ""));
    }

    private bool IsOn(string? moduleId) => moduleId is null || features.IsEnabled(moduleId);
}
