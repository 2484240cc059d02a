using System.Reflection;
using Mektep.Modules;

namespace Mektep.Engine.Modularity;

/// <summary>A discovered module or theme with its assembly and startup.</summary>
public sealed record ModuleDescriptor(ModuleInfo Info, Assembly? Assembly, IModuleStartup? Startup, Type? Layout = null, IReadOnlyList<string>? Stylesheets = null)
{
    public string Id => Info.Id;

    public IReadOnlyList<string> Dependencies => Info.Dependencies;

    public bool IsTheme => Info.IsTheme;

    /// <summary>Base path of the assembly's static web assets.</summary>
    public string ContentBase => $"_content/{Assembly?.GetName().Name ?? Id}";

    public static ModuleDescriptor ForTest(string id, params string[] dependencies)
        => new(new ModuleInfo(id, id, "", "General", dependencies, false, false, false), null, null);
}
