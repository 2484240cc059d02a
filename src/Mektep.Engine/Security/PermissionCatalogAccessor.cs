using Mektep.Security;

namespace Mektep.Engine.Security;

/// <summary>Scoped view of the permission catalog for components.</summary>
public sealed class PermissionCatalogAccessor(PermissionCatalog catalog)
{
    public Permission? Find(string name) => catalog.Find(name);
}
