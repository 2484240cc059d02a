using Mektep.Audit;
using Mektep.Certificates.Models;
using Mektep.Content;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Certificates.Services;

/// <summary>
/// Revokes a certificate (with a reason, audited) and reissues: revoke, then issue anew with a new number and code. A
/// revocation empties the public pages' cache in its transaction, so the verification page says so at once.
/// </summary>
public sealed class CertificateRevocation(DbContext db, TimeProvider clock, IAuditTrail audit, CertificateIssuer issuer, IContentCache cache, IEnumerable<ILearningEventHandler>? events = null)
{
    public const int MaxReasonLength = 1000;

    /// <summary>False when there is no such certificate in force.</summary>
    public async Task<bool> RevokeAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        reason = reason.Trim();
        reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var revoked = await RevokeCoreAsync(id, reason, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return revoked;
        });
    }

    /// <summary>Revokes the certificate and issues its replacement in one transaction; null when it was not in force.</summary>
    public async Task<Certificate?> ReissueAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var old = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (old is null || !await RevokeCoreAsync(id, reason.Trim(), cancellationToken))
            {
                return null;
            }

            var result = await issuer.IssueAsync(old.CourseSet, old.UserId, CertificateSources.Reissue, old.Culture, requireCompletion: false, replacesId: old.Id, cancellationToken: cancellationToken);
            if (result.Certificate is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }

            await transaction.CommitAsync(cancellationToken);
            return result.Certificate;
        });
    }

    private async Task<bool> RevokeCoreAsync(long id, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<Certificate>().Where(c => c.Id == id && c.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedUtc, now).SetProperty(c => c.RevokedReason, reason), cancellationToken);
        if (changed != 1)
        {
            return false;
        }

        await cache.MarkWrittenAsync(db, cancellationToken);
        var certificate = await db.Set<Certificate>().AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        await audit.RecordAsync(new AuditEvent(CertificateIssuer.AuditCategory, CertificateIssuer.RevokedAction, certificate.Number, $"{certificate.LearnerName}: {certificate.CourseTitle}",
            AuditJson.Serialize(new { certificate.Id, Reason = reason })), cancellationToken);
        await events.RaiseAsync([CertificateIssuer.Event(LearningEventKinds.CertificateRevoked, certificate, now)], cancellationToken);
        return true;
    }
}
