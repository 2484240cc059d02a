namespace Mektep.Security;

/// <summary>Declares a module's permissions and which standard roles get them on a new site.</summary>
public interface IPermissionProvider
{
    /// <summary>The module's permissions.</summary>
    IEnumerable<Permission> GetPermissions();

    /// <summary>Default grants per standard role name, applied once when the module is first installed.</summary>
    IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
