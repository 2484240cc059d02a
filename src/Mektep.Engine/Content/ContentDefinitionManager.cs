using System.Collections.Frozen;
using System.Text.Json;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Content;

/// <summary>
/// Type definitions stored as JSON rows, served from an immutable snapshot. Callers get copies, so changing
/// a returned definition never changes the cache; changes go through <see cref="AlterTypeAsync"/>.
/// </summary>
public sealed class ContentDefinitionManager(IDbContextFactory<MektepDbContext> dbFactory, TimeProvider clock) : IContentDefinitionManager
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default)
        => [.. (await CurrentAsync(cancellationToken)).Types.Values.Select(Read).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default)
        => (await CurrentAsync(cancellationToken)).Types.TryGetValue(name, out var json) ? Read(json) : null;

    public async Task<ContentTypeDefinition> AlterTypeAsync(string name, Action<ContentTypeDefinition> alter, CancellationToken cancellationToken = default)
    {
        ContentTypeDefinitionExtensions.ValidateName(name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ContentDefinitionRecord>().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        var type = row is null
            ? new ContentTypeDefinition { Name = name, DisplayName = name }
            : Read(row.Data);

        alter(type);
        type.Name = name;
        var duplicate = type.Parts.Select(p => p.Name).GroupBy(n => n).FirstOrDefault(g => g.Count() > 1)
            ?? type.Parts.SelectMany(p => p.Fields.Select(f => $"{p.Name}.{f.Name}")).GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Type '{name}' would have '{duplicate.Key}' twice.");
        }

        if (row is null)
        {
            row = new ContentDefinitionRecord { Name = name };
            db.Add(row);
        }

        row.Data = JsonSerializer.Serialize(type, ContentJson.Options);
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        _snapshot = null;
        return Read(row.Data);
    }

    public async Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Set<ContentDefinitionRecord>().Where(r => r.Name == name).ExecuteDeleteAsync(cancellationToken);
        _snapshot = null;
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < RefreshInterval)
        {
            return snapshot;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ContentDefinitionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var types = rows.ToFrozenDictionary(r => r.Name, r => r.Data, StringComparer.Ordinal);
        return _snapshot = new Snapshot(types, clock.GetUtcNow());
    }

    private static ContentTypeDefinition Read(string json) => JsonSerializer.Deserialize<ContentTypeDefinition>(json, ContentJson.Options)!;

    /// <summary>The stored JSON of each type: every read gets its own copy from one deserialization.</summary>
    private sealed record Snapshot(FrozenDictionary<string, string> Types, DateTimeOffset LoadedAt);
}
