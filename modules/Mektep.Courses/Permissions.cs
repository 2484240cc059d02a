using Mektep.Security;

namespace Mektep.Courses;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCourses = new("ManageCourses", "Author courses and lessons, their outlines and previews", "Courses");

    public static readonly Permission EnrollLearners = new("EnrollLearners", "Enroll and unenroll learners, manage cohorts and see every learner's progress", "Courses");

    /// <summary>Course progress reports; a holder without <see cref="EnrollLearners"/> sees only the people of their scope (a coordinator's region).</summary>
    public static readonly Permission ViewCourseReports = new("ViewCourseReports", "See course progress reports of the people one may see", "Courses");

    public IEnumerable<Permission> GetPermissions() => [ManageCourses, EnrollLearners, ViewCourseReports];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageCourses, EnrollLearners, ViewCourseReports]),
        (StandardRoles.CurriculumEditor, [ManageCourses, EnrollLearners, ViewCourseReports]),
        (StandardRoles.RegionalCoordinator, [ViewCourseReports]),
    ];
}
