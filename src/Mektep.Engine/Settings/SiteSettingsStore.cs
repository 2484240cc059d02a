using System.Text.Json;
using Mektep.Content;
using Mektep.Engine.Data;
using Mektep.Settings;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Settings;

/// <summary>Site settings in the Settings table, cached and re-read every few seconds for other nodes' changes.</summary>
public sealed class SiteSettingsStore(IDbContextFactory<MektepDbContext> dbFactory, TimeProvider clock) : ISiteSettingsStore
{
    public const string RecordName = "Site";
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private readonly Lock _refreshLock = new();
    private volatile Cached? _cached;

    public SiteSettings Current => Load().Settings;

    /// <summary>Differs whenever the settings differ: pages cached for one set of settings are not served for another.</summary>
    public int Stamp => Load().Stamp;

    private Cached Load()
    {
        var cached = _cached;
        if (cached is not null && clock.GetUtcNow() - cached.LoadedAt < RefreshInterval)
        {
            return cached;
        }

        // One thread re-reads; the others keep the previous copy meanwhile (under load, every request in flight
        // would otherwise query the database at once each time the copy ages out).
        if (cached is not null && !_refreshLock.TryEnter())
        {
            return cached;
        }

        if (cached is null)
        {
            _refreshLock.Enter();
        }

        try
        {
            using var db = dbFactory.CreateDbContext();
            var row = db.Set<SettingRecord>().AsNoTracking().FirstOrDefault(s => s.Name == RecordName);
            var settings = row is null ? new SiteSettings() : JsonSerializer.Deserialize<SiteSettings>(row.Data, ContentJson.Options) ?? new SiteSettings();
            return _cached = new Cached(settings, clock.GetUtcNow(), StringComparer.Ordinal.GetHashCode(row?.Data ?? ""));
        }
        finally
        {
            _refreshLock.Exit();
        }
    }

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<SettingRecord>().FirstOrDefaultAsync(s => s.Name == RecordName, cancellationToken);
        if (row is null)
        {
            row = new SettingRecord { Name = RecordName };
            db.Add(row);
        }

        row.Data = JsonSerializer.Serialize(settings, ContentJson.Options);
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        _cached = new Cached(settings, clock.GetUtcNow(), StringComparer.Ordinal.GetHashCode(row.Data));
    }

    private sealed record Cached(SiteSettings Settings, DateTimeOffset LoadedAt, int Stamp);
}
