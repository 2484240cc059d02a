namespace Mektep.Certificates.Models;

public enum CertificatePageSize
{
    A4,
    Letter,
}
