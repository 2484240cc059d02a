using System.Buffers;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Engine.Caching;

/// <summary>
/// Markup kept as UTF-8, cut wherever the viewer's antiforgery token stood: written back with the current viewer's
/// token in each cut, so one copy serves every session.
/// </summary>
internal sealed class Markup
{
    private readonly byte[][] _parts;

    private Markup(byte[][] parts)
    {
        _parts = parts;
        Bytes = parts.Sum(p => p.Length);
    }

    /// <summary>The markup's own bytes, tokens not counted.</summary>
    public int Bytes { get; }

    public static Markup Of(string html, string token)
        => new([.. html.Split(token).Select(Encoding.UTF8.GetBytes)]);

    public int Length(int tokenLength) => Bytes + ((_parts.Length - 1) * tokenLength);

    public void WriteTo(IBufferWriter<byte> writer, ReadOnlySpan<byte> token)
    {
        for (var i = 0; i < _parts.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(token);
            }

            writer.Write(_parts[i]);
        }
    }
}

/// <summary>A page's markup with its viewer slots cut out: <c>Literals[i]</c>, slot i, ... , the last literal.</summary>
internal sealed record PageShell(IReadOnlyList<Markup> Literals, IReadOnlyList<string> Slots, IReadOnlyDictionary<string, string> PageValues)
{
    public int Bytes => Literals.Sum(l => l.Bytes);
}

/// <summary>
/// The shells, slot markups and antiforgery tokens <see cref="PageShellMiddleware"/> answers from, in a cache of its
/// own bounded by size: a shell weighs its kilobytes. Shells and slots live a few minutes at most, so state the site
/// stamp does not cover (a media file deleted from disk) shows within that time; tokens live while their session
/// keeps asking.
/// </summary>
internal sealed class PageShellStore : IDisposable
{
    /// <summary>In kilobytes: the most the kept markup may take.</summary>
    public const long SizeLimitKilobytes = 32 * 1024;

    private static readonly TimeSpan MarkupLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan TokenIdleLifetime = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitKilobytes });

    public bool TryGetShell(string key, out PageShell? shell) => _cache.TryGetValue(ShellKey(key), out shell);

    /// <summary>Keeps the first shell rendered for a key; a later render of the same key would be the same markup.</summary>
    public void KeepShell(string key, PageShell shell)
    {
        var cacheKey = ShellKey(key);
        if (!_cache.TryGetValue(cacheKey, out _))
        {
            Keep(cacheKey, shell, shell.Bytes, absolute: MarkupLifetime);
        }
    }

    public bool TryGetSlot(string slot, string key, string context, out Markup? markup) => _cache.TryGetValue(SlotKey(slot, key, context), out markup);

    public void KeepSlot(string slot, string key, string context, Markup markup) => Keep(SlotKey(slot, key, context), markup, markup.Bytes, absolute: MarkupLifetime);

    public bool TryGetToken(string userId, string cookie, out byte[]? token) => _cache.TryGetValue(TokenKey(userId, cookie), out token);

    public void KeepToken(string userId, string cookie, string token)
    {
        using var entry = _cache.CreateEntry(TokenKey(userId, cookie));
        entry.Value = Encoding.ASCII.GetBytes(token);
        entry.Size = 1;
        entry.SlidingExpiration = TokenIdleLifetime;
    }

    public void Dispose() => _cache.Dispose();

    private void Keep(string key, object value, int bytes, TimeSpan absolute)
    {
        using var entry = _cache.CreateEntry(key);
        entry.Value = value;
        entry.Size = 1 + (bytes / 1024);
        entry.AbsoluteExpirationRelativeToNow = absolute;
    }

    private static string ShellKey(string key) => "shell\n" + key;

    private static string SlotKey(string slot, string key, string context) => $"slot\n{slot}\n{context}\n{key}";

    private static string TokenKey(string userId, string cookie) => $"token\n{userId}\n{cookie}";
}
