using Mektep.Email;
using Mektep.Localization;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>The kinds modules registered, and for each the template in force: the administrator's override, else the default.</summary>
public sealed class EmailTemplates(IEnumerable<EmailKind> kinds, DbContext db, TimeProvider clock)
{
    private readonly Dictionary<string, EmailKind> _kinds = kinds.GroupBy(k => k.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IReadOnlyList<EmailKind> Kinds => [.. _kinds.Values.OrderBy(k => k.Name, StringComparer.Ordinal)];

    public EmailKind? Find(string kind) => _kinds.GetValueOrDefault(kind);

    public static EmailTemplate Default(EmailKind kind, string culture)
        => kind.Templates.GetValueOrDefault(culture) ?? kind.Templates.GetValueOrDefault(SiteCultures.English) ?? kind.Templates.Values.First();

    public async Task<EmailTemplate> ResolveAsync(EmailKind kind, string culture, CancellationToken cancellationToken = default)
    {
        var custom = await FindOverrideAsync(kind.Name, culture, cancellationToken);
        return custom is null ? Default(kind, culture) : new EmailTemplate(custom.Subject, custom.HtmlBody, custom.TextBody);
    }

    public Task<EmailTemplateOverride?> FindOverrideAsync(string kind, string culture, CancellationToken cancellationToken = default)
        => db.Set<EmailTemplateOverride>().AsNoTracking().FirstOrDefaultAsync(o => o.Kind == kind && o.Culture == culture, cancellationToken);

    public async Task<HashSet<(string Kind, string Culture)>> OverriddenAsync(CancellationToken cancellationToken = default)
        => [.. (await db.Set<EmailTemplateOverride>().AsNoTracking().Select(o => new { o.Kind, o.Culture }).ToListAsync(cancellationToken)).Select(o => (o.Kind, o.Culture))];

    public async Task SaveOverrideAsync(string kind, string culture, EmailTemplate template, string? userId, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<EmailTemplateOverride>().FindAsync([kind, culture], cancellationToken);
        if (row is null)
        {
            row = new EmailTemplateOverride { Kind = kind, Culture = culture, Subject = "", HtmlBody = "", TextBody = "" };
            db.Add(row);
        }

        (row.Subject, row.HtmlBody, row.TextBody) = (template.Subject, template.HtmlBody, template.TextBody);
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        row.ModifiedBy = userId;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> ResetAsync(string kind, string culture, CancellationToken cancellationToken = default)
        => db.Set<EmailTemplateOverride>().Where(o => o.Kind == kind && o.Culture == culture).ExecuteDeleteAsync(cancellationToken);
}
