using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Mektep.Data;
using Mektep.Engine.Modularity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mektep.Engine.Data;

/// <summary>
/// Runs the FluentMigrator migrations of the engine and every module, in version order. Versions are dates
/// (yyyy_MM_dd_nnnn), so a module's steps land after those of the modules it was written against.
/// </summary>
public sealed class SchemaMigrator(DatabaseOptions database, ModuleCatalog catalog, ILogger<SchemaMigrator> logger)
{
    public void MigrateUp()
    {
        var assemblies = new[] { typeof(SchemaMigrator).Assembly }.Concat(catalog.Assemblies).Distinct().ToArray();

        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    runner.AddPostgres();
                }
                else
                {
                    runner.AddSQLite();
                }

                runner.WithGlobalConnectionString(database.ConnectionString).ScanIn(assemblies).For.Migrations();
            })
            .Configure<RunnerOptions>(o => o.TransactionPerSession = false)
            .AddLogging(l => l.AddProvider(new ForwardingLoggerProvider(logger)))
            .BuildServiceProvider(validateScopes: false);

        services.GetRequiredService<IMigrationRunner>().MigrateUp();
        logger.LogInformation("Database schema is current ({Provider}).", database.Provider);
    }

    /// <summary>Fails with one readable line when the database cannot be reached or refuses us.</summary>
    public void CheckConnection()
    {
        try
        {
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                using var connection = new NpgsqlConnection(database.ConnectionString);
                connection.Open();
            }
            else
            {
                var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
                if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder && !builder.DataSource.Contains(":memory:", StringComparison.Ordinal))
                {
                    Directory.CreateDirectory(folder);
                }

                using var connection = new SqliteConnection(database.ConnectionString);
                connection.Open();
                using var wal = connection.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                wal.ExecuteNonQuery();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or SqliteException or System.Net.Sockets.SocketException or UnauthorizedAccessException or IOException or ArgumentException or TimeoutException)
        {
            throw new DatabaseUnavailableException($"Cannot open the database {database.SafeDescription}: {FirstLine(ex)}", ex);
        }
    }

    private static string FirstLine(Exception ex)
    {
        var message = (ex.InnerException is { } inner && ex.Message.Contains("see inner", StringComparison.OrdinalIgnoreCase) ? inner : ex).Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }

    /// <summary>Sends FluentMigrator's log through ours at debug level; its SQL echo is noise at start-up.</summary>
    private sealed class ForwardingLoggerProvider(ILogger target) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Forwarding(target);

        public void Dispose()
        {
        }

        private sealed class Forwarding(ILogger target) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => target.IsEnabled(LogLevel.Debug);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => target.Log(logLevel >= LogLevel.Error ? logLevel : LogLevel.Debug, eventId, state, exception, formatter);
        }
    }
}
