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
}
