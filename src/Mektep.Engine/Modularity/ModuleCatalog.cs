using System.Reflection;
using Mektep.Modules;
using Microsoft.Extensions.DependencyModel;

namespace Mektep.Engine.Modularity;

/// <summary>The modules and themes of this site, in dependency order. Built once at start-up.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly;
    private readonly Dictionary<string, ModuleDescriptor> _byId;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        All = ModuleSorter.Sort(modules);
        _byAssembly = All.Where(m => m.Assembly is not null).ToDictionary(m => m.Assembly!);
        _byId = All.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        Assemblies = [.. All.Where(m => m.Assembly is not null).Select(m => m.Assembly!).Distinct()];
        AdditionalComponentAssemblies = [.. Assemblies.Where(a => a != typeof(ModuleCatalog).Assembly)];
    }

    /// <summary>Modules and themes, dependencies first.</summary>
    public IReadOnlyList<ModuleDescriptor> All { get; }

    public IEnumerable<ModuleDescriptor> Modules => All.Where(m => !m.IsTheme);

    public IEnumerable<ModuleDescriptor> Themes => All.Where(m => m.IsTheme);

    /// <summary>Assemblies whose routable components join the router (read on every page: built once).</summary>
    public IReadOnlyList<Assembly> Assemblies { get; }

    /// <summary>
    /// <see cref="Assemblies"/> but the engine's own, which is the router's app assembly: the router's additional
    /// assemblies and the endpoints' are this one array, built once.
    /// </summary>
    public IReadOnlyList<Assembly> AdditionalComponentAssemblies { get; }

    public ModuleDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    public ModuleDescriptor? ForAssembly(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    /// <summary>Modules that depend on <paramref name="id"/>, directly or not.</summary>
    public IEnumerable<ModuleDescriptor> Dependents(string id)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id };
        foreach (var module in All)
        {
            if (module.Dependencies.Any(found.Contains))
            {
                found.Add(module.Id);
                yield return module;
            }
        }
    }

    /// <summary>
    /// Finds modules among the application's runtime libraries (its deps.json) that reference the abstractions.
    /// <see cref="Assembly.GetReferencedAssemblies"/> would miss modules the host never names in code: the
    /// compiler drops unused references, while deps.json keeps every project reference.
    /// </summary>
    public static ModuleCatalog Discover(DependencyContext? context = null)
    {
        context ??= DependencyContext.Default ?? throw new InvalidOperationException("The application has no deps.json; modules cannot be discovered.");
        var abstractions = typeof(ModuleAttribute).Assembly.GetName().Name!;
        var found = new List<ModuleDescriptor>();
        foreach (var library in context.RuntimeLibraries)
        {
            if (!library.Dependencies.Any(d => string.Equals(d.Name, abstractions, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            Assembly assembly;
            try
            {
                assembly = Assembly.Load(new AssemblyName(library.Name));
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            if (Describe(assembly) is { } descriptor)
            {
                found.Add(descriptor);
            }
        }

        return new ModuleCatalog(found);
    }

    /// <summary>Reads a module's or theme's manifest; null for assemblies that are neither.</summary>
    public static ModuleDescriptor? Describe(Assembly assembly)
    {
        var module = assembly.GetCustomAttribute<ModuleAttribute>();
        var theme = assembly.GetCustomAttribute<ThemeAttribute>();
        if (module is null && theme is null)
        {
            return null;
        }

        var id = assembly.GetName().Name!;
        if (module is not null && theme is not null)
        {
            throw new ModuleDependencyException($"Assembly '{id}' declares both a module and a theme manifest; choose one.");
        }

        var startupTypes = assembly.GetTypes().Where(t => typeof(IModuleStartup).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }).ToList();
        if (startupTypes.Count > 1)
        {
            throw new ModuleDependencyException($"Module '{id}' has {startupTypes.Count} startup classes ({string.Join(", ", startupTypes.Select(t => t.Name))}); a module has one.");
        }

        var startup = startupTypes.Count == 1 ? (IModuleStartup)Activator.CreateInstance(startupTypes[0])! : null;
        if (theme is not null)
        {
            var info = new ModuleInfo(id, theme.Name, theme.Description, "Themes", theme.Dependencies, false, true, theme.IsAdmin, theme.IsDefault);
            return new ModuleDescriptor(info, assembly, startup, theme.Layout, theme.Stylesheets);
        }

        return new ModuleDescriptor(
            new ModuleInfo(id, module!.Name, module.Description, module.Category, module.Dependencies, module.AlwaysEnabled, false, false),
            assembly,
            startup);
    }
}
