namespace Mektep.Settings;

/// <summary>Reads and saves the site settings; a save applies to the next request on every node.</summary>
public interface ISiteSettingsStore
{
    /// <summary>The current settings (cached).</summary>
    SiteSettings Current { get; }

    /// <summary>Saves new settings.</summary>
    Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default);
}
