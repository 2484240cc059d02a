namespace Mektep.Content;

/// <summary>Creates, versions, publishes and finds content items.</summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type, with the type's parts present and empty.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>The item in the requested version, or null.</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version, CancellationToken cancellationToken = default);

    /// <summary>Items by id in the requested version; missing ids are skipped.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions version, CancellationToken cancellationToken = default);

    /// <summary>One exact version, or null.</summary>
    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Every version of an item, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetHistoryAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item as a draft (or published when <paramref name="publish"/>).</summary>
    Task<ContentItem> CreateAsync(ContentItem item, bool publish = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes as the latest draft. When the latest version is published a new draft version is started,
    /// so the public keeps seeing the published one. Throws <see cref="ContentConflictException"/> when
    /// <see cref="ContentItem.Revision"/> is not the stored one (someone else saved first).
    /// </summary>
    Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Saves changes and publishes them; same conflict rule as <see cref="SaveDraftAsync"/>.</summary>
    Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Takes the item off the public site; the latest version stays as a draft.</summary>
    Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes an old version's content the new latest draft (history is kept).</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Removes the item from the site (every version is marked neither latest nor published).</summary>
    Task DeleteAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Finds items.</summary>
    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A new, unsaved translation of the item in another culture: same localization set, content copied,
    /// owned by the current user. Throws when the set already has that culture.
    /// </summary>
    Task<ContentItem> NewTranslationAsync(string contentItemId, string culture, CancellationToken cancellationToken = default);

    /// <summary>The items of a localization set (latest versions), one per culture.</summary>
    Task<IReadOnlyList<ContentItem>> GetTranslationsAsync(string localizationSet, VersionOptions version, CancellationToken cancellationToken = default);
}
