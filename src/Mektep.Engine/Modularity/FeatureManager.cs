using System.Collections.Frozen;
using Mektep.Engine.Data;
using Mektep.Modules;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Modularity;

/// <summary>
/// Module toggles stored in the database. Reads come from a snapshot refreshed every few seconds, so another
/// node's change is seen soon and a request never waits on the database for it.
/// </summary>
public sealed class FeatureManager(ModuleCatalog catalog, IDbContextFactory<MektepDbContext> dbFactory, TimeProvider clock) : IFeatureManager
{
    private readonly DatabaseSnapshot<Snapshot> _snapshot = new(clock, TimeSpan.FromSeconds(5), () =>
    {
        using var db = dbFactory.CreateDbContext();
        return Load(db);
    });

    public bool IsEnabled(string moduleId)
    {
        var snapshot = _snapshot.Value;
        return snapshot.Disabled.Count == 0 || IsEnabled(moduleId, snapshot.Disabled, depth: 0);
    }

    public async Task SetEnabledAsync(string moduleId, bool enabled, CancellationToken cancellationToken = default)
    {
        var module = catalog.Find(moduleId) ?? throw new ArgumentException($"There is no module '{moduleId}'.", nameof(moduleId));
        if (!enabled && module.Info.AlwaysEnabled)
        {
            throw new InvalidOperationException($"'{module.Info.Name}' is part of the engine and cannot be disabled.");
        }

        var affected = enabled
            ? DependenciesOf(module).Append(module)
            : catalog.Dependents(module.Id).Prepend(module);
        if (!enabled && affected.FirstOrDefault(m => m.Info.AlwaysEnabled) is { } required)
        {
            throw new InvalidOperationException($"'{module.Info.Name}' cannot be disabled: '{required.Info.Name}' depends on it.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var target in affected.DistinctBy(m => m.Id))
        {
            var row = await db.Set<FeatureRecord>().FindAsync([target.Id], cancellationToken);
            if (row is null)
            {
                db.Add(new FeatureRecord { ModuleId = target.Id, Enabled = enabled, ModifiedUtc = now });
            }
            else
            {
                row.Enabled = enabled;
                row.ModifiedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        _snapshot.Set(Load(db));
    }

    /// <summary>The disabled modules as one string: pages cached with one set of modules are not served for another.</summary>
    public string DisabledKey => _snapshot.Value.Key;

    /// <summary>Forgets the snapshot so the next read goes to the database.</summary>
    public void Invalidate() => _snapshot.Invalidate();

    private IEnumerable<ModuleDescriptor> DependenciesOf(ModuleDescriptor module)
        => module.Dependencies.Select(catalog.Find).OfType<ModuleDescriptor>().SelectMany(d => DependenciesOf(d).Append(d));

    private bool IsEnabled(string moduleId, FrozenSet<string> disabled, int depth)
    {
        if (disabled.Contains(moduleId))
        {
            return false;
        }

        var module = catalog.Find(moduleId);
        return module is null || depth > 64 || module.Dependencies.All(d => IsEnabled(d, disabled, depth + 1));
    }

    private static Snapshot Load(MektepDbContext db)
    {
        var disabled = db.Set<FeatureRecord>().AsNoTracking().Where(f => !f.Enabled).Select(f => f.ModuleId).ToList();
        var key = string.Join(',', disabled.Select(id => id.ToUpperInvariant()).Order(StringComparer.Ordinal));
        return new Snapshot(disabled.ToFrozenSet(StringComparer.OrdinalIgnoreCase), key);
    }

    private sealed record Snapshot(FrozenSet<string> Disabled, string Key);
}
