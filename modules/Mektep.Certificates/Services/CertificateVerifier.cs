using Mektep.Certificates.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Certificates.Services;

/// <summary>Answers the public verification page: only name, course, dates and status, never more.</summary>
public sealed class CertificateVerifier(DbContext db, TimeProvider clock)
{
    public async Task<Verification> VerifyAsync(string? code, CancellationToken cancellationToken = default)
    {
        var normalized = VerificationCodes.Normalize(code);
        if (normalized is null)
        {
            return new Verification(VerificationState.Malformed, null);
        }

        var row = await db.Set<Certificate>().AsNoTracking().Where(c => c.VerificationCode == normalized)
            .Select(c => new { c.Number, c.LearnerName, c.CourseTitle, c.CompletedUtc, c.IssuedUtc, c.ExpiresUtc, c.RevokedUtc, c.RevokedReason })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new Verification(VerificationState.NotFound, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var state = row.RevokedUtc is not null ? VerificationState.Revoked
            : row.ExpiresUtc is { } expires && expires <= now ? VerificationState.Expired
            : VerificationState.Valid;
        return new Verification(state, new VerifiedCertificate(row.Number, row.LearnerName, row.CourseTitle, row.CompletedUtc, row.IssuedUtc, row.ExpiresUtc, row.RevokedUtc, row.RevokedReason));
    }
}

public enum VerificationState
{
    Valid,
    Revoked,
    Expired,
    NotFound,
    Malformed,
}

/// <summary>The result of a verification.</summary>
public sealed record Verification(VerificationState State, VerifiedCertificate? Certificate);

/// <summary>What the public may see of a certificate.</summary>
public sealed record VerifiedCertificate(string Number, string LearnerName, string CourseTitle, DateTime CompletedUtc, DateTime IssuedUtc, DateTime? ExpiresUtc, DateTime? RevokedUtc, string? RevokedReason);
