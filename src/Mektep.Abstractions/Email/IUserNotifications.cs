namespace Mektep.Email;

/// <summary>
/// Notifications a person sees on the site (<c>/notifications</c>, with an unread count in the header). Like
/// <see cref="IEmailOutbox"/> it adds to the request's scoped <c>DbContext</c>, so the notification commits or
/// rolls back with the caller's <c>SaveChanges</c>. Implemented by the notifications module.
/// </summary>
public interface IUserNotifications
{
    /// <summary>Adds the notification; returns false (and adds nothing) when one with the same key exists.</summary>
    Task<bool> AddAsync(UserNotificationMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A notification for one person.</summary>
/// <param name="UserId">Who sees it.</param>
/// <param name="Kind">The message kind, as for email (<c>reminders.inactivity</c>).</param>
/// <param name="IdempotencyKey">Unique per event: a second notification with the same key is not added.</param>
/// <param name="Title">One line, already in the person's language.</param>
/// <param name="Body">Plain text, already in the person's language.</param>
/// <param name="Url">Site-relative link to act on it, if any.</param>
public sealed record UserNotificationMessage(string UserId, string Kind, string IdempotencyKey, string Title, string Body, string? Url);
