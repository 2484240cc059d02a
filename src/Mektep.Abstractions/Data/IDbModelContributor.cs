using Microsoft.EntityFrameworkCore;

namespace Mektep.Data;

/// <summary>
/// Adds a module's entities to the site's one EF Core model. Tables themselves are created by the module's
/// FluentMigrator migrations, never by EF.
/// </summary>
public interface IDbModelContributor
{
    /// <summary>Maps the module's entities.</summary>
    void Configure(ModelBuilder modelBuilder);
}
