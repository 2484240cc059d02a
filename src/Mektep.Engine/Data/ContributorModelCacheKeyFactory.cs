using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mektep.Engine.Data;

/// <summary>EF caches one model per context type; ours depends on which modules contributed to it.</summary>
internal sealed class ContributorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
        => context is MektepDbContext mektep ? (context.GetType(), mektep.ModelKey, designTime) : (object)(context.GetType(), designTime);
}
