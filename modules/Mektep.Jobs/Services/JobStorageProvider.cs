using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Mektep.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Mektep.Jobs.Services;

/// <summary>
/// Hangfire's storage for this host: in memory on the embedded SQLite default (one node), the site's own
/// PostgreSQL database in its own schema otherwise, so every node shares queues, locks and schedules. Built
/// per host rather than through Hangfire's static <c>JobStorage.Current</c>, so two hosts in one process
/// (tests) never share it.
/// </summary>
public sealed class JobStorageProvider(IDatabaseInfo database, IConfiguration configuration, IOptions<JobsOptions> options) : IDisposable
{
    private readonly Lazy<JobStorage> _storage = new(() => Create(database, configuration, options.Value));

    public JobStorage Storage => _storage.Value;

    private static JobStorage Create(IDatabaseInfo database, IConfiguration configuration, JobsOptions options)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return new InMemoryStorage();
        }

        var connectionString = configuration.GetConnectionString("Mektep") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("ConnectionStrings:Mektep is required for PostgreSQL.");
        return new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions
            {
                SchemaName = options.Schema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(5),
                InvisibilityTimeout = TimeSpan.FromMinutes(30),
                UseSlidingInvisibilityTimeout = true,
            });
    }

    public void Dispose()
    {
        if (_storage.IsValueCreated && _storage.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
