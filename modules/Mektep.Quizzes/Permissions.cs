using Mektep.Security;

namespace Mektep.Quizzes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageQuizzes = new("ManageQuizzes", "Author quizzes and the question bank", "Quizzes");

    public static readonly Permission GradeEssays = new("GradeEssays", "Grade essay answers and give feedback", "Quizzes");

    public IEnumerable<Permission> GetPermissions() => [ManageQuizzes, GradeEssays];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (StandardRoles.Administrator, [ManageQuizzes, GradeEssays]),
        (StandardRoles.CurriculumEditor, [ManageQuizzes, GradeEssays]),
    ];
}
