using Mektep.Security;

namespace Mektep.Initiatives;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>The role of expert reviewers, created on first start with the grants below.</summary>
    public const string ReviewerRole = "Reviewer";

    public static readonly Permission ReviewInitiatives = new("ReviewInitiatives", "Review submitted investment initiatives: score them, return them for changes or approve them", "Initiatives");

    /// <summary>The registry; a holder without <see cref="ReviewInitiatives"/> sees only the initiatives of their scope (a coordinator's region).</summary>
    public static readonly Permission ViewInitiativeRegistry = new("ViewInitiativeRegistry", "See the registry of initiatives of the people one may see, with totals and exports", "Initiatives");

    public IEnumerable<Permission> GetPermissions() => [ReviewInitiatives, ViewInitiativeRegistry];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ReviewInitiatives, ViewInitiativeRegistry]),
        (ReviewerRole, [EnginePermissions.AccessAdmin, ReviewInitiatives, ViewInitiativeRegistry]),
        (StandardRoles.RegionalCoordinator, [ViewInitiativeRegistry]),
    ];
}
