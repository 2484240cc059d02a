using Mektep.Email;
using Mektep.Localization;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>A person's message language and optional kinds, as chosen at <c>/account/notifications</c>.</summary>
public sealed class MessagePreferences(DbContext db, NotificationPreferences kinds, EmailTemplates templates, TimeProvider clock) : IMessagePreferences
{
    public async Task<string?> GetCultureAsync(string userId, CancellationToken cancellationToken = default)
    {
        var culture = await db.Set<NotificationSettings>().AsNoTracking()
            .Where(s => s.UserId == userId).Select(s => s.Culture).FirstOrDefaultAsync(cancellationToken);
        return SiteCultures.IsSupported(culture) ? culture : null;
    }

    public async Task<bool> WantsEmailAsync(string userId, string kind, CancellationToken cancellationToken = default)
        => templates.Find(kind) is { IsEssential: true } || !await kinds.IsUnsubscribedAsync(userId, kind, cancellationToken);

    /// <summary>The optional kinds a person may turn off, each with whether they get it now.</summary>
    public async Task<IReadOnlyList<(EmailKind Kind, bool Wanted)>> OptionalKindsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var optional = templates.Kinds.Where(k => !k.IsEssential).OrderBy(k => k.Name, StringComparer.Ordinal).ToList();
        var off = await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.UserId == userId && p.Unsubscribed).Select(p => p.Kind).ToListAsync(cancellationToken);
        return [.. optional.Select(k => (k, !off.Contains(k.Name)))];
    }

    /// <summary>Saves the language (null: follow the site language) and which optional kinds the person gets.</summary>
    public async Task SaveAsync(string userId, string? culture, IReadOnlySet<string> wanted, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Set<NotificationSettings>().FindAsync([userId], cancellationToken);
        var value = SiteCultures.IsSupported(culture) ? culture : null;
        if (row is null)
        {
            db.Add(new NotificationSettings { UserId = userId, Culture = value, ModifiedUtc = now });
        }
        else
        {
            row.Culture = value;
            row.ModifiedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (kind, was) in await OptionalKindsAsync(userId, cancellationToken))
        {
            var wants = wanted.Contains(kind.Name);
            if (wants != was)
            {
                await kinds.SetUnsubscribedAsync(userId, kind.Name, !wants, cancellationToken);
            }
        }
    }
}
