using Mektep.Security;

namespace Mektep.Engine.Security;

internal sealed class EnginePermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() =>
    [
        EnginePermissions.AccessAdmin, EnginePermissions.ManageFeatures, EnginePermissions.ManageSettings,
        EnginePermissions.ManageContent, EnginePermissions.ManageContentTypes, EnginePermissions.ManageUsers,
        EnginePermissions.ManageRoles, EnginePermissions.ViewAuditTrail, EnginePermissions.ManageOrganisation,
        EnginePermissions.ViewRegionPeople, EnginePermissions.ManageMedia, EnginePermissions.ManageRecipes,
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.CurriculumEditor, [EnginePermissions.AccessAdmin, EnginePermissions.ManageContent, EnginePermissions.ManageMedia]),
        (StandardRoles.RegionalCoordinator, [EnginePermissions.AccessAdmin, EnginePermissions.ViewRegionPeople]),
    ];
}
