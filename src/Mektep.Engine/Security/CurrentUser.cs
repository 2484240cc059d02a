using System.Security.Claims;
using Mektep.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Security;

/// <summary>The request's user, from the authentication cookie.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, IAuthorizationService authorization) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? Name => Principal?.FindFirstValue(DisplayNameClaim) ?? Principal?.Identity?.Name;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public const string DisplayNameClaim = "mektep:name";

    public async Task<bool> HasPermissionAsync(Permission permission)
        => Principal is { } user && (await authorization.AuthorizeAsync(user, permission.Policy)).Succeeded;
}
