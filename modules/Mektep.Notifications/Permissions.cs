using Mektep.Security;

namespace Mektep.Notifications;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageNotifications = new("ManageNotifications", "See the outbox, retry dead messages and edit email templates", "Notifications");

    public IEnumerable<Permission> GetPermissions() => [ManageNotifications];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageNotifications]),
    ];
}
