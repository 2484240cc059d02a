namespace Mektep.Security;

/// <summary>The person making the current request.</summary>
public interface ICurrentUser
{
    /// <summary>The user id, or null for an anonymous visitor.</summary>
    string? Id { get; }

    /// <summary>The display name, or null.</summary>
    string? Name { get; }

    /// <summary>True when signed in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>True when the person holds the permission through one of their roles.</summary>
    Task<bool> HasPermissionAsync(Permission permission);
}
