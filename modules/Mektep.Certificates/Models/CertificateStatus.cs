namespace Mektep.Certificates.Models;

public enum CertificateStatus
{
    Valid,
    Revoked,
    Expired,
}
