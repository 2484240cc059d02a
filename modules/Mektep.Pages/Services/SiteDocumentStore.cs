using System.Text.Json;
using Mektep.Content;
using Mektep.Pages.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mektep.Pages.Services;

/// <summary>
/// The menus and the home layout, each one JSON document in SiteDocuments. Public pages read a shared copy kept in the
/// content cache; a save marks its transaction as a content write, so every node forgets its copy and its cached
/// public pages when it commits.
/// </summary>
public sealed class SiteDocumentStore(DbContext db, IContentCache cache, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(ContentJson.Options);

    /// <summary>The menus as the public site shows them; shared: never change the result.</summary>
    public Task<SiteMenus?> MenusAsync(CancellationToken cancellationToken = default)
        => CachedAsync<SiteMenus>(SiteDocument.Menus, cancellationToken);

    /// <summary>The home layout as the public site shows it; shared: never change the result.</summary>
    public Task<HomeLayout?> HomeAsync(CancellationToken cancellationToken = default)
        => CachedAsync<HomeLayout>(SiteDocument.Home, cancellationToken);

    /// <summary>A fresh copy to edit; null when never saved.</summary>
    public async Task<T?> LoadAsync<T>(string name, CancellationToken cancellationToken = default)
        where T : class
    {
        var row = await db.Set<SiteDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<T>(row.Data, Json);
    }

    /// <summary>
    /// Saves <paramref name="document"/> when <paramref name="expectedRevision"/> is the stored one (0 for a document never
    /// saved, null to skip the check, as a recipe does); returns false when someone else saved first.
    /// </summary>
    public async Task<bool> SaveAsync<T>(string name, T document, int? expectedRevision, CancellationToken cancellationToken = default)
        where T : class, IRevisioned
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await WriteAsync(name, document, expectedRevision, cancellationToken);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var written = await WriteAsync(name, document, expectedRevision, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return written;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        });
    }

    private async Task<bool> WriteAsync<T>(string name, T document, int? expectedRevision, CancellationToken cancellationToken)
        where T : class, IRevisioned
    {
        var row = await db.Set<SiteDocument>().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        var stored = row is null ? 0 : JsonSerializer.Deserialize<T>(row.Data, Json)?.Revision ?? 0;
        if (expectedRevision is { } expected && stored != expected)
        {
            return false;
        }

        document.Revision = stored + 1;

        if (row is null)
        {
            row = new SiteDocument { Name = name };
            db.Add(row);
        }

        row.Data = JsonSerializer.Serialize(document, Json);
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await cache.MarkWrittenAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<T?> CachedAsync<T>(string name, CancellationToken cancellationToken)
        where T : class
    {
        var holder = await cache.GetOrAddAsync($"pages:document:{name}", async ct => new Holder<T>(await LoadAsync<T>(name, ct)), cancellationToken);
        return holder.Value;
    }

    private sealed record Holder<T>(T? Value)
        where T : class;
}

/// <summary>A document whose saves are counted, so that a stale editor's save is refused.</summary>
public interface IRevisioned
{
    int Revision { get; set; }
}
