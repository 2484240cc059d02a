namespace Mektep.Modules;

/// <summary>What the engine knows about one discovered module or theme.</summary>
public sealed record ModuleInfo(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled,
    bool IsTheme,
    bool IsAdminTheme,
    bool IsDefaultTheme = false);
