namespace Mektep.Engine.Modularity;

/// <summary>Orders modules so that every module comes after the modules it depends on.</summary>
public static class ModuleSorter
{
    /// <summary>Dependencies first; peers alphabetically, so the order is the same on every node.</summary>
    public static IReadOnlyList<ModuleDescriptor> Sort(IEnumerable<ModuleDescriptor> modules)
    {
        var byId = new Dictionary<string, ModuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                throw new ModuleDependencyException($"Module '{module.Id}' is declared twice.");
            }
        }

        var missing = byId.Values
            .OrderBy(m => m.Id, StringComparer.OrdinalIgnoreCase)
            .SelectMany(m => m.Dependencies.Where(d => !byId.ContainsKey(d)).Select(d => $"module '{m.Id}' depends on '{d}', which is not installed"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleDependencyException("Missing module dependency: " + string.Join("; ", missing) + ". Reference the missing module from the host or remove the dependency.");
        }

        var sorted = new List<ModuleDescriptor>(byId.Count);
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done
        var path = new List<string>();

        void Visit(ModuleDescriptor module)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (done)
                {
                    return;
                }

                var start = path.FindIndex(p => string.Equals(p, module.Id, StringComparison.OrdinalIgnoreCase));
                throw new ModuleDependencyException("Cyclic module dependency: " + string.Join(" -> ", path.Skip(start).Append(module.Id)));
            }

            state[module.Id] = false;
            path.Add(module.Id);
            foreach (var dependency in module.Dependencies.Order(StringComparer.OrdinalIgnoreCase))
            {
                Visit(byId[dependency]);
            }

            path.RemoveAt(path.Count - 1);
            state[module.Id] = true;
            sorted.Add(module);
        }

        foreach (var module in byId.Values.OrderBy(m => m.Id, StringComparer.OrdinalIgnoreCase))
        {
            Visit(module);
        }

        return sorted;
    }
}
