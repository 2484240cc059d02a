namespace Mektep.Certificates.Models;

public enum CertificateOrientation
{
    Landscape,
    Portrait,
}
