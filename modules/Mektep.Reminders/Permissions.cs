using Mektep.Security;

namespace Mektep.Reminders;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageReminders = new("ManageReminders", "Configure reminder rules and run the reminder sweep", "Reminders");

    public IEnumerable<Permission> GetPermissions() => [ManageReminders];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageReminders]),
    ];
}
