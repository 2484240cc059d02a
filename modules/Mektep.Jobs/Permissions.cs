using Mektep.Security;

namespace Mektep.Jobs;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageJobs = new("ManageJobs", "See, retry and delete background jobs on the jobs dashboard", "Jobs");

    public IEnumerable<Permission> GetPermissions() => [ManageJobs];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageJobs]),
    ];
}
