using Mektep.Security;

namespace Mektep.Notifications;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageNotifications = new("ManageNotifications", "See the outbox, retry dead messages and edit email templates", "Notifications");

    public static readonly Permission ManageWebhooks = new("ManageWebhooks", "Add, change, disable and delete webhook endpoints, see and retry their deliveries", "Notifications");

    public IEnumerable<Permission> GetPermissions() => [ManageNotifications, ManageWebhooks];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageNotifications, ManageWebhooks]),
    ];
}
