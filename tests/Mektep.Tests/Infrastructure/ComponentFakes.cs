using Mektep.Modules;
using Mektep.Security;
using Microsoft.AspNetCore.Components.Forms;

namespace Mektep.Tests.Infrastructure;

/// <summary>A signed-in (or anonymous) person with a fixed set of permissions.</summary>
public sealed class FakeCurrentUser(string? name, params Permission[] permissions) : ICurrentUser
{
    public string? Id => name is null ? null : "user-" + name;

    public string? Name => name;

    public bool IsAuthenticated => name is not null;

    public Task<bool> HasPermissionAsync(Permission permission) => Task.FromResult(permissions.Any(p => p.Name == permission.Name));
}

/// <summary>Modules switched off by name.</summary>
public sealed class FakeFeatureManager(params string[] disabled) : IFeatureManager
{
    public bool IsEnabled(string moduleId) => !disabled.Contains(moduleId, StringComparer.OrdinalIgnoreCase);

    public Task SetEnabledAsync(string moduleId, bool enabled, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}

public sealed class FakeAntiforgeryStateProvider : AntiforgeryStateProvider
{
    public const string Token = "test-antiforgery-token";

    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new(Token, "__RequestVerificationToken");
}

public sealed class FixedPermissionProvider(params Permission[] permissions) : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => permissions;
}
