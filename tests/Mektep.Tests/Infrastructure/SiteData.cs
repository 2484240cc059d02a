using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Infrastructure;

/// <summary>Reads of a site's tables for assertions.</summary>
public static class SiteData
{
    /// <summary>How many rows of <typeparamref name="T"/> match.</summary>
    public static async Task<int> CountAsync<T>(this SiteFactory site, Expression<Func<T, bool>> where)
        where T : class
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<T>().CountAsync(where);
    }
}
