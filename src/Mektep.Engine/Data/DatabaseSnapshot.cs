namespace Mektep.Engine.Data;

/// <summary>
/// A value read from the database and kept for a few seconds, so another node's change is seen soon and a request
/// never waits on the database for it. When the copy ages out, one thread reads it again while the others keep the
/// previous copy: under load, every request in flight would otherwise query at once. Only the very first read waits.
/// </summary>
internal sealed class DatabaseSnapshot<T>(TimeProvider clock, TimeSpan refreshInterval, Func<T> read) where T : class
{
    private readonly Lock _refreshLock = new();
    private volatile Entry? _entry;

    public T Value
    {
        get
        {
            var entry = _entry;
            if (entry is not null && (clock.GetUtcNow() - entry.ReadAt < refreshInterval || !_refreshLock.TryEnter()))
            {
                return entry.Value;
            }

            if (entry is null)
            {
                _refreshLock.Enter();
                if (_entry is { } readMeanwhile)
                {
                    _refreshLock.Exit();
                    return readMeanwhile.Value;
                }
            }

            try
            {
                return Set(read());
            }
            finally
            {
                _refreshLock.Exit();
            }
        }
    }

    /// <summary>Replaces the copy, with a value this node has just written.</summary>
    public T Set(T value)
    {
        _entry = new Entry(value, clock.GetUtcNow());
        return value;
    }

    /// <summary>Forgets the copy so the next read goes to the database.</summary>
    public void Invalidate() => _entry = null;

    private sealed record Entry(T Value, DateTimeOffset ReadAt);
}
