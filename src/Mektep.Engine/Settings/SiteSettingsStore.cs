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
    private readonly DatabaseSnapshot<Cached> _cached = new(clock, TimeSpan.FromSeconds(5), () =>
    {
        using var db = dbFactory.CreateDbContext();
        var row = db.Set<SettingRecord>().AsNoTracking().FirstOrDefault(s => s.Name == RecordName);
        var settings = row is null ? new SiteSettings() : JsonSerializer.Deserialize<SiteSettings>(row.Data, ContentJson.Options) ?? new SiteSettings();
        return new Cached(settings, StringComparer.Ordinal.GetHashCode(row?.Data ?? ""));
    });

    public SiteSettings Current => _cached.Value.Settings;

    /// <summary>Differs whenever the settings differ: pages cached for one set of settings are not served for another.</summary>
    public int Stamp => _cached.Value.Stamp;

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
        _cached.Set(new Cached(settings, StringComparer.Ordinal.GetHashCode(row.Data)));
    }

    private sealed record Cached(SiteSettings Settings, int Stamp);
}
