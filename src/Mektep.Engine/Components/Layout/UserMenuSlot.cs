using Mektep.Display;
using Mektep.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Components.Layout;

/// <summary>The header's user menu: the person's name and whether they may open the back office.</summary>
internal sealed class UserMenuSlot : IViewerSlot
{
    public const string SlotName = "user-menu";

    public string Name => SlotName;

    public static string KeyOf(string? id, string? name, bool canAdmin) => $"{id}\n{name}\n{(canAdmin ? "admin" : "")}";

    public async ValueTask<string?> KeyAsync(HttpContext context, IReadOnlyDictionary<string, string> page)
    {
        var user = context.RequestServices.GetRequiredService<ICurrentUser>();
        return KeyOf(user.Id, user.Name, await user.HasPermissionAsync(EnginePermissions.AccessAdmin));
    }
}
