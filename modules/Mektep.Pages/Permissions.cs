using Mektep.Security;

namespace Mektep.Pages;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMenus = new("ManageMenus", "Edit the site's main menu and footer", "Site");

    public static readonly Permission ManageHomePage = new("ManageHomePage", "Arrange the blocks of the home page", "Site");

    public IEnumerable<Permission> GetPermissions() => [ManageMenus, ManageHomePage];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageMenus, ManageHomePage]),
        (StandardRoles.CurriculumEditor, [ManageMenus, ManageHomePage]),
    ];
}
