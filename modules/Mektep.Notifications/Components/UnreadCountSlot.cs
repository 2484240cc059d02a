using System.Security.Claims;
using Mektep.Display;
using Mektep.Notifications.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Notifications.Components;

/// <summary>The header's bell: its markup depends only on the person's unread count, known while it is in memory.</summary>
internal sealed class UnreadCountSlot(IMemoryCache cache) : IViewerSlot
{
    public const string SlotName = "unread-count";

    public string Name => SlotName;

    public static string KeyOf(int unread) => unread.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ValueTask<string?> KeyAsync(HttpContext context, IReadOnlyDictionary<string, string> page)
        => ValueTask.FromResult(context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && UserNotifications.TryGetCachedUnreadCount(cache, userId, out var unread)
            ? KeyOf(unread)
            : null);
}
