using Mektep.Email;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Notifications.Services;

/// <summary>In-app notifications: added in the caller's unit of work, listed and marked read by their owner.</summary>
public sealed class UserNotifications(DbContext db, TimeProvider clock, IMemoryCache cache) : IUserNotifications
{
    public const int PageSize = 20;

    /// <summary>
    /// How long a node may show an unread count without asking the database. The header shows it on every page, so
    /// without this each page view costs a count query; this node forgets its copy at once when it adds or marks a
    /// notification, so only a change made by another node can show up to this late.
    /// </summary>
    public static readonly TimeSpan UnreadCountLifetime = TimeSpan.FromSeconds(30);

    public async Task<bool> AddAsync(UserNotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.IdempotencyKey);
        var set = db.Set<UserNotification>();
        if (set.Local.Any(n => n.IdempotencyKey == message.IdempotencyKey)
            || await set.AnyAsync(n => n.IdempotencyKey == message.IdempotencyKey, cancellationToken))
        {
            return false;
        }

        set.Add(new UserNotification
        {
            UserId = message.UserId,
            Kind = message.Kind,
            Title = Truncate(message.Title, 1000),
            Body = message.Body,
            Url = message.Url is { Length: <= 1000 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : null,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            IdempotencyKey = message.IdempotencyKey,
        });
        ForgetUnreadCount(message.UserId);
        return true;
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (TryGetCachedUnreadCount(cache, userId, out var count))
        {
            return count;
        }

        count = await db.Set<UserNotification>().CountAsync(n => n.UserId == userId && n.ReadUtc == null, cancellationToken);
        cache.Set(UnreadKey(userId), count, UnreadCountLifetime);
        return count;
    }

    public async Task<NotificationPage> ListAsync(string userId, int page, CancellationToken cancellationToken = default)
    {
        var mine = db.Set<UserNotification>().AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new NotificationPage(items, total);
    }

    /// <summary>Marks one of the person's notifications read; someone else's id changes nothing.</summary>
    public async Task<bool> MarkReadAsync(string userId, long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<UserNotification>()
            .Where(n => n.Id == id && n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
        ForgetUnreadCount(userId);
        return changed > 0;
    }

    public async Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<UserNotification>()
            .Where(n => n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
        ForgetUnreadCount(userId);
        return changed;
    }

    /// <summary>The count this node remembers, if any: lets the header skip a scope and a DbContext on most pages.</summary>
    public static bool TryGetCachedUnreadCount(IMemoryCache cache, string userId, out int count)
        => cache.TryGetValue(UnreadKey(userId), out count);

    private static string UnreadKey(string userId) => "notifications:unread:" + userId;

    private void ForgetUnreadCount(string userId) => cache.Remove(UnreadKey(userId));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

public sealed record NotificationPage(IReadOnlyList<UserNotification> Items, int TotalCount);
