using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Data;

/// <summary>Registers data migrations.</summary>
public static class DataMigrationServiceCollectionExtensions
{
    /// <summary>Registers a module's data migration.</summary>
    public static IServiceCollection AddDataMigration<TMigration>(this IServiceCollection services) where TMigration : DataMigration
    {
        services.AddScoped<TMigration>();
        services.AddSingleton(new DataMigrationRegistration(typeof(TMigration)));
        return services;
    }
}

/// <summary>Records that a data migration type exists.</summary>
/// <param name="MigrationType">The <see cref="DataMigration"/> type.</param>
public sealed record DataMigrationRegistration(Type MigrationType);
