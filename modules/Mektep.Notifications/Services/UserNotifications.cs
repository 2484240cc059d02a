using Mektep.Email;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>In-app notifications: added in the caller's unit of work, listed and marked read by their owner.</summary>
public sealed class UserNotifications(DbContext db, TimeProvider clock) : IUserNotifications
{
    public const int PageSize = 20;

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
        return true;
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
        => db.Set<UserNotification>().CountAsync(n => n.UserId == userId && n.ReadUtc == null, cancellationToken);

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
        return await db.Set<UserNotification>()
            .Where(n => n.Id == id && n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken) > 0;
    }

    public async Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<UserNotification>()
            .Where(n => n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

public sealed record NotificationPage(IReadOnlyList<UserNotification> Items, int TotalCount);
