namespace Mektep.Certificates.Models;

public static class CertificateTypes
{
    public const string CertificateTemplate = "CertificateTemplate";
}
