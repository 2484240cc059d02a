using Mektep.Security;

namespace Mektep.Certificates;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCertificates = new("ManageCertificates", "Issue, revoke and reissue certificates, see the register and download any certificate", "Certificates");

    public IEnumerable<Permission> GetPermissions() => [ManageCertificates];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageCertificates]),
    ];
}
