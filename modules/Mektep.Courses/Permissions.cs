using Mektep.Security;

namespace Mektep.Courses;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCourses = new("ManageCourses", "Author courses and lessons, their outlines and previews", "Courses");

    public IEnumerable<Permission> GetPermissions() => [ManageCourses];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageCourses]),
        (StandardRoles.CurriculumEditor, [ManageCourses]),
    ];
}
