using Microsoft.AspNetCore.Authorization;

namespace Mektep.Security;

/// <summary>
/// Guards a page or endpoint with a permission: anonymous visitors are sent to sign in, signed-in people
/// without the permission get 403.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(Mektep.Security.Permission.PolicyPrefix + permission)
{
    /// <summary>The permission's name.</summary>
    public string Permission { get; } = permission;
}
