namespace Mektep.Certificates.Services;

/// <summary>Settings under <c>Certificates</c>.</summary>
public sealed class CertificateOptions
{
    /// <summary>The site's public address printed in QR codes; falls back to <c>Notifications:PublicBaseUrl</c>, then the request's address.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Days before expiry that the holder is reminded.</summary>
    public int ExpiryReminderDays { get; set; } = 30;
}
