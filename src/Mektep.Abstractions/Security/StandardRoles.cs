namespace Mektep.Security;

/// <summary>The roles every Mektep site has.</summary>
public static class StandardRoles
{
    /// <summary>Has every permission.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Authors courses, lessons and quizzes.</summary>
    public const string CurriculumEditor = "CurriculumEditor";

    /// <summary>Follows courses and takes quizzes.</summary>
    public const string Learner = "Learner";

    /// <summary>Sees the people and progress of one region.</summary>
    public const string RegionalCoordinator = "RegionalCoordinator";

    /// <summary>All of them, in display order.</summary>
    public static readonly IReadOnlyList<string> All = [Administrator, CurriculumEditor, Learner, RegionalCoordinator];
}
