namespace Mektep.Modules;

/// <summary>
/// The manifest of a module: put it once on the module's assembly. The module's id is the assembly name.
/// </summary>
/// <example><c>[assembly: Module("Markdown", Description = "...", Category = "Content", Dependencies = ["Mektep.Media"])]</c></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string name) : Attribute
{
    /// <summary>The human name shown in the admin's feature list.</summary>
    public string Name { get; } = name;

    /// <summary>One sentence about what the module adds.</summary>
    public string Description { get; set; } = "";

    /// <summary>Groups modules on the features page (Content, Learning, Infrastructure, ...).</summary>
    public string Category { get; set; } = "General";

    /// <summary>Ids (assembly names) of the modules this one needs; they start first and cannot be disabled while it is enabled.</summary>
    public string[] Dependencies { get; set; } = [];

    /// <summary>When true, the module cannot be disabled (the engine's own features).</summary>
    public bool AlwaysEnabled { get; set; }
}
