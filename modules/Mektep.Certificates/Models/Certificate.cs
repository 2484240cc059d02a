namespace Mektep.Certificates.Models;

/// <summary>
/// An issued certificate. What it printed is frozen in <see cref="SnapshotJson"/> (and the columns copied from it for
/// the register), so renaming the course or the learner later changes nothing already issued.
/// </summary>
public sealed class Certificate
{
    public const int CodeLength = 20;

    public long Id { get; set; }

    /// <summary>Human number, sequential per year: <c>2026-000123</c>.</summary>
    public string Number { get; set; } = "";

    /// <summary>Random base32 code of <see cref="CodeLength"/> characters (100 bits), unique.</summary>
    public string VerificationCode { get; set; } = "";

    public string UserId { get; set; } = "";

    public string CourseSet { get; set; } = "";

    /// <summary>The template item the certificate was printed from.</summary>
    public string TemplateItemId { get; set; } = "";

    public string Culture { get; set; } = "";

    public string LearnerName { get; set; } = "";

    public string CourseTitle { get; set; } = "";

    public int? RegionId { get; set; }

    public DateTime CompletedUtc { get; set; }

    public DateTime IssuedUtc { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public string Source { get; set; } = CertificateSources.Manual;

    public DateTime? RevokedUtc { get; set; }

    public string? RevokedReason { get; set; }

    /// <summary>The certificate this one replaced (a reissue).</summary>
    public long? ReplacesId { get; set; }

    /// <summary>When the holder was reminded that it expires soon.</summary>
    public DateTime? ExpiryReminderUtc { get; set; }

    public string SnapshotJson { get; set; } = "{}";

    public CertificateStatus StatusAt(DateTime utc)
        => RevokedUtc is not null ? CertificateStatus.Revoked
            : ExpiresUtc is { } expires && expires <= utc ? CertificateStatus.Expired
            : CertificateStatus.Valid;
}
