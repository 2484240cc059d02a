namespace Mektep.Security;

/// <summary>A named right a module declares and an administrator grants to roles.</summary>
/// <param name="Name">Unique technical name, e.g. <c>ManageCourses</c>.</param>
/// <param name="Description">What it allows, shown on the roles page.</param>
/// <param name="Category">Groups permissions on the roles page (usually the module name).</param>
public sealed record Permission(string Name, string Description, string Category = "General")
{
    /// <summary>The prefix of authorization policy names that check a permission.</summary>
    public const string PolicyPrefix = "Permission:";

    /// <summary>The authorization policy that checks this permission.</summary>
    public string Policy => PolicyPrefix + Name;
}
