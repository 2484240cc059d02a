using Mektep.Data;
using Microsoft.Extensions.Configuration;

namespace Mektep.Engine.Data;

/// <summary>
/// Where the site keeps its data. With no configuration: SQLite in <c>App_Data/mektep.db</c>. Set
/// <c>Database:Provider=PostgreSql</c> and <c>ConnectionStrings:Mektep</c> for PostgreSQL.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString) : IDatabaseInfo
{
    public static DatabaseOptions FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("Mektep");
        var providerName = configuration["Database:Provider"];
        var provider = providerName switch
        {
            null or "" => connectionString is not null && connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.PostgreSql
                : DatabaseProvider.Sqlite,
            _ when Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed) => parsed,
            _ => throw new InvalidOperationException($"Database:Provider '{providerName}' is not supported; use Sqlite or PostgreSql."),
        };

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Mektep is empty.");
            }

            var folder = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "mektep.db")}";
        }

        return new DatabaseOptions(provider, connectionString);
    }

    /// <summary>The connection string without its password, for log lines.</summary>
    public string SafeDescription
    {
        get
        {
            var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => !p.StartsWith("Password", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("Pwd", StringComparison.OrdinalIgnoreCase));
            return $"{Provider} ({string.Join(';', parts)})";
        }
    }
}
