using System.Collections.Concurrent;
using Mektep.Content;

namespace Mektep.Engine.Caching;

/// <summary>
/// Published content and what is derived from it, in memory, emptied whole whenever content changes. Content is
/// written by editors a few times an hour and read by every learner's request, so dropping everything on a write
/// is cheap and leaves no key to forget. A reader notes the generation before it goes to the database and stores
/// its result only if no write was committed meanwhile; a writer bumps the generation after its commit
/// (<see cref="ContentCacheInvalidator"/>), so a value read before a commit is never kept after it.
/// </summary>
public sealed class ContentCache : IContentCache
{
    /// <summary>Beyond this many entries the cache starts over: a bound against ids made up by a crawler.</summary>
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>This node's name in change notifications.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Changes on every invalidation.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async ValueTask<T> GetOrAddAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default)
        where T : class
    {
        if (_entries.TryGetValue(key, out var cached) && cached is T hit)
        {
            return hit;
        }

        var generation = Generation;
        var value = await factory(cancellationToken);
        Store(key, value, generation);
        return value;
    }

    /// <summary>The cached value, if any.</summary>
    public bool TryGet<T>(string key, out T? value)
        where T : class
    {
        if (_entries.TryGetValue(key, out var cached) && cached is T hit)
        {
            value = hit;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> unless content changed since <paramref name="generation"/> was read.</summary>
    public void Store(string key, object value, long generation)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = value;
        if (Generation != generation)
        {
            // A write committed while the value was read: it may be stale, so it goes.
            _entries.TryRemove(key, out _);
        }
    }

    public Task MarkWrittenAsync(Microsoft.EntityFrameworkCore.DbContext db, CancellationToken cancellationToken = default)
    {
        if (db is not Data.MektepDbContext context || db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Mark a write inside a transaction of the site's database context.");
        }

        return ContentCacheInvalidator.ContentWrittenAsync(context, this, cancellationToken);
    }

    /// <summary>Forgets everything: content changed here or on another node.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
