namespace Mektep.Content;

/// <summary>
/// Values derived from published content (an outline's lessons in one culture, a rendered block), kept in memory
/// until content changes. Any committed content write on any web node empties it, so a reader never sees a value
/// older than the last publish. Values are shared between requests: never mutate one.
/// </summary>
public interface IContentCache
{
    /// <summary>
    /// The cached value for <paramref name="key"/>, or the factory's result, which is kept unless content changed
    /// while it ran. Prefix keys with the module: <c>courses:lessons:{versionId}:{culture}</c>.
    /// </summary>
    ValueTask<T> GetOrAddAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>
    /// Marks the transaction under way on <paramref name="db"/> as one that changes what public pages show (a menu,
    /// the home page's blocks) though it writes no content item: when it commits, this cache and the cached public
    /// pages are emptied on every web node. Call inside an open transaction.
    /// </summary>
    Task MarkWrittenAsync(Microsoft.EntityFrameworkCore.DbContext db, CancellationToken cancellationToken = default);
}
