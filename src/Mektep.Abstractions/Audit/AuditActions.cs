namespace Mektep.Audit;

/// <summary>The actions the engine records; modules may add their own.</summary>
public static class AuditActions
{
    /// <summary>Something new was created.</summary>
    public const string Created = "Created";

    /// <summary>Something was changed.</summary>
    public const string Updated = "Updated";

    /// <summary>A content version went live.</summary>
    public const string Published = "Published";

    /// <summary>A content item was taken off the site.</summary>
    public const string Unpublished = "Unpublished";

    /// <summary>Something was deleted.</summary>
    public const string Deleted = "Deleted";

    /// <summary>An old content version was made the latest draft.</summary>
    public const string Restored = "Restored";

    /// <summary>A user account or a module was disabled.</summary>
    public const string Disabled = "Disabled";

    /// <summary>A module was enabled.</summary>
    public const string Enabled = "Enabled";

    /// <summary>A user's roles changed.</summary>
    public const string RolesChanged = "RolesChanged";

    /// <summary>A role's permissions changed.</summary>
    public const string PermissionsChanged = "PermissionsChanged";
}
