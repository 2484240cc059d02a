namespace Mektep.Security;

/// <summary>Permissions of the engine itself.</summary>
public static class EnginePermissions
{
    /// <summary>Open the admin at all.</summary>
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the back office", "Site");

    /// <summary>Enable and disable modules.</summary>
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable modules", "Site");

    /// <summary>Change site settings and themes.</summary>
    public static readonly Permission ManageSettings = new("ManageSettings", "Change site settings and themes", "Site");

    /// <summary>Create and change content of any type, publish and delete it.</summary>
    public static readonly Permission ManageContent = new("ManageContent", "Create, edit, publish and delete content", "Content");

    /// <summary>Change content type definitions.</summary>
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Add and change content types and their fields", "Content");

    /// <summary>Manage users.</summary>
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit and disable users", "Security");

    /// <summary>Manage roles and grant permissions.</summary>
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles and their permissions", "Security");

    /// <summary>Read the audit trail.</summary>
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "Read the audit trail", "Security");

    /// <summary>Add, rename and delete districts and rural districts of the organisation tree.</summary>
    public static readonly Permission ManageOrganisation = new("ManageOrganisation", "Manage regions, districts and rural districts", "Security");

    /// <summary>
    /// Read the people of one's own region (a regional coordinator's view of the users list). Holders of
    /// <see cref="ManageUsers"/> see everyone and hold this implicitly.
    /// </summary>
    public static readonly Permission ViewRegionPeople = new("ViewRegionPeople", "See the people of one's own region", "Security");

    /// <summary>Upload, organise and delete files of the media library.</summary>
    public static readonly Permission ManageMedia = new("ManageMedia", "Upload and delete files in the media library", "Content");

    /// <summary>Import recipes (content, people, organisation) and export content as recipes.</summary>
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Import and export recipes", "Site");
}
