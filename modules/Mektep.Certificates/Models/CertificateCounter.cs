namespace Mektep.Certificates.Models;

/// <summary>The last number given in a year; incremented with an upsert so concurrent issuers never share a number.</summary>
public sealed class CertificateCounter
{
    public int Year { get; set; }

    public int LastNumber { get; set; }
}
