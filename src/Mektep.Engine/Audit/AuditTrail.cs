using Mektep.Audit;
using Mektep.Engine.Data;
using Mektep.Security;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Audit;

/// <summary>
/// Writes audit events through the request's unit of work, so an event recorded inside a transaction commits
/// with the change it describes; reads them back for the admin.
/// </summary>
public sealed class AuditTrail(MektepDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAuditTrail
{
    public const int MaxPageSize = 200;
    private const int MaxDetails = 2000;

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var actorName = Cut(currentUser.Name ?? "", 256);
        var subjectName = Cut(auditEvent.SubjectName, 1024);
        db.Add(new AuditEventRecord
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = currentUser.IsAuthenticated ? currentUser.Id : null,
            ActorName = actorName,
            NormalizedActorName = actorName.ToUpperInvariant(),
            Category = Cut(auditEvent.Category, 64),
            Action = Cut(auditEvent.Action, 64),
            SubjectId = Cut(auditEvent.SubjectId, 256),
            SubjectName = subjectName,
            NormalizedSubject = Cut($"{subjectName} {auditEvent.SubjectId}".ToUpperInvariant(), 1300),
            Details = auditEvent.Details is null ? null : Cut(auditEvent.Details, MaxDetails),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> SearchAsync(AuditSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = db.Set<AuditEventRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Category))
        {
            query = query.Where(e => e.Category == search.Category);
        }

        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            query = query.Where(e => e.Action == search.Action);
        }

        if (!string.IsNullOrWhiteSpace(search.Actor))
        {
            var text = search.Actor.Trim().ToUpperInvariant();
            query = query.Where(e => e.NormalizedActorName.Contains(text)
                || db.Users.Any(u => u.Id == e.ActorId && (u.NormalizedEmail!.Contains(text) || u.NormalizedDisplayName.Contains(text))));
        }

        if (!string.IsNullOrWhiteSpace(search.Subject))
        {
            var text = search.Subject.Trim().ToUpperInvariant();
            query = query.Where(e => e.NormalizedSubject.Contains(text));
        }

        if (search.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.OccurredUtc >= start);
        }

        if (search.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.OccurredUtc < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var events = await query.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, search.Page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditPage(events, total);
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(CancellationToken cancellationToken = default)
        => await db.Set<AuditEventRecord>().AsNoTracking().Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default)
        => await db.Set<AuditEventRecord>().AsNoTracking().Select(e => e.Action).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

public sealed record AuditSearch(
    string? Category = null,
    string? Action = null,
    string? Actor = null,
    string? Subject = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 50);

public sealed record AuditPage(IReadOnlyList<AuditEventRecord> Events, int TotalCount);
