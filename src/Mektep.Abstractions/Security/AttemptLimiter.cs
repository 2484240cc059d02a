using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Mektep.Security;

/// <summary>
/// Counts attempts per key (a client address, an account name) in fixed windows and refuses a key that has used its
/// permits until its window ends. Kept in memory, per node: a throttle against guessing, not an audit record.
/// Reads the time from a <see cref="TimeProvider"/>, so tests move the clock instead of waiting.
/// </summary>
public sealed class AttemptLimiter
{
    // Past this many keys, ended windows are swept on the next write, so a flood of addresses cannot grow the table forever.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <summary>A limiter allowing <paramref name="permits"/> attempts per key in each <paramref name="window"/>.</summary>
    public AttemptLimiter(int permits, TimeSpan window, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromSeconds(1));
        ArgumentNullException.ThrowIfNull(clock);
        Permits = Math.Max(1, permits);
        WindowLength = window;
        _clock = clock;
    }

    /// <summary>How many attempts one key may make in a window.</summary>
    public int Permits { get; }

    /// <summary>The length of a window, counted from a key's first attempt in it.</summary>
    public TimeSpan WindowLength { get; }

    /// <summary>The key under which a request's client address is counted.</summary>
    public static string AddressKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>
    /// Counts one attempt and says whether it is allowed; when it is not, <paramref name="retryAfter"/> is the time
    /// left until the key's window ends. For look-ups where every attempt counts.
    /// </summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = _clock.GetUtcNow();
        var window = Current(key, now);
        var count = Interlocked.Increment(ref window.Count);
        retryAfter = count > Permits ? window.Ends - now : TimeSpan.Zero;
        return count <= Permits;
    }

    /// <summary>
    /// True when the key has used all its permits in the current window, without counting an attempt. For checks
    /// where only failures count: ask this first, then <see cref="RecordFailure"/> after a failure.
    /// </summary>
    public bool IsBlocked(string key, out TimeSpan retryAfter)
    {
        var now = _clock.GetUtcNow();
        if (_windows.TryGetValue(key, out var window) && window.Ends > now && Volatile.Read(ref window.Count) >= Permits)
        {
            retryAfter = window.Ends - now;
            return true;
        }

        retryAfter = TimeSpan.Zero;
        return false;
    }

    /// <summary>Counts one failed attempt for the key.</summary>
    public void RecordFailure(string key) => Interlocked.Increment(ref Current(key, _clock.GetUtcNow()).Count);

    /// <summary>Forgets the key's attempts (after a success, when the key is an account).</summary>
    public void Reset(string key) => _windows.TryRemove(key, out _);

    private Window Current(string key, DateTimeOffset now)
    {
        if (_windows.Count > SweepThreshold)
        {
            foreach (var (stale, window) in _windows)
            {
                if (window.Ends <= now)
                {
                    _windows.TryRemove(stale, out _);
                }
            }
        }

        while (true)
        {
            var window = _windows.GetOrAdd(key, _ => new Window(now + WindowLength));
            if (window.Ends > now)
            {
                return window;
            }

            // The old window ended: replace it (or see another request's replacement on the next turn).
            _windows.TryUpdate(key, new Window(now + WindowLength), window);
        }
    }

    private sealed class Window(DateTimeOffset ends)
    {
        public readonly DateTimeOffset Ends = ends;
        public int Count;
    }
}
