namespace Mektep.Certificates.Models;

/// <summary>How a certificate came to be issued.</summary>
public static class CertificateSources
{
    public const string Completion = "Completion";
    public const string Manual = "Manual";
    public const string Bulk = "Bulk";
    public const string Reissue = "Reissue";
}
