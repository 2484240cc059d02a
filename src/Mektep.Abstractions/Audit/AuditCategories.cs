namespace Mektep.Audit;

/// <summary>The categories the engine records; modules may add their own.</summary>
public static class AuditCategories
{
    /// <summary>Content items.</summary>
    public const string Content = "Content";

    /// <summary>User accounts.</summary>
    public const string Users = "Users";

    /// <summary>Roles and their permissions.</summary>
    public const string Roles = "Roles";

    /// <summary>Modules enabled or disabled.</summary>
    public const string Features = "Features";

    /// <summary>Site settings.</summary>
    public const string Settings = "Settings";

    /// <summary>Content type definitions.</summary>
    public const string ContentTypes = "ContentTypes";

    /// <summary>Files and folders of the media library.</summary>
    public const string Media = "Media";
}
