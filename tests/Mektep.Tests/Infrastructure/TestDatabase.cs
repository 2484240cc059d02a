using Mektep.Data;
using Npgsql;

namespace Mektep.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test: a temp SQLite file, or a new database in the PostgreSQL cluster the
/// test command started (MEKTEP_TEST_POSTGRES). Dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MEKTEP_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static string PostgresAdminConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with `bash build/test.sh`, which starts a PostgreSQL cluster on 127.0.0.1.");

    /// <summary>Another handle on an existing database (a second node of a site): disposing it drops nothing.</summary>
    public static TestDatabase Borrow(DatabaseProvider provider, string connectionString) => new(provider, connectionString, null, null);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "mektep-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null);
        }

        var name = $"mektep_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(PostgresAdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 20 };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A file still held by a closing connection is left to the temp folder's cleanup.
                }
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresAdminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
