using System.Data.Common;
using System.Diagnostics;
using Mektep.Data;
using Mektep.Engine;
using Mektep.Engine.Data;
using Mektep.Engine.Modularity;
using Mektep.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mektep.Tests.Engine.Data;

public sealed class SiteInitializerTests
{
    private const string Secret = "Very-Secret-Pa55";

    [Theory, Providers]
    public async Task Initialize_SecondRun_ChangesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var before = await TablesAsync(site);

        await site.Services.GetRequiredService<SiteInitializer>().InitializeAsync();

        Assert.Equal(before, await TablesAsync(site));
        Assert.Contains("ContentItems", before);
        Assert.Contains("TestWidgetIndex", before);
        Assert.Contains(provider == DatabaseProvider.Sqlite ? "ContentTextFts" : "ContentText", before);
    }

    [Theory, Providers]
    public async Task Initialize_FreshSite_RecordsEngineAndModuleMigrations(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var versions = await ScalarsAsync(site, "SELECT \"Version\" FROM \"VersionInfo\" ORDER BY \"Version\"");

        Assert.Contains(2026_11_23_0001L, versions);
        Assert.Contains(2026_11_23_0002L, versions);
        Assert.Contains(2026_11_23_0300L, versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public void CheckConnection_PostgresUnreachable_ThrowsOneLineWithoutPassword()
    {
        var migrator = Migrator(DatabaseProvider.PostgreSql, $"Host=127.0.0.1;Port=1;Username=mektep;Password={Secret};Database=mektep;Timeout=3");

        var error = Assert.Throws<DatabaseUnavailableException>(migrator.CheckConnection);

        AssertOperatorLine(error.Message, "PostgreSql");
    }

    [Fact]
    public void CheckConnection_PostgresUnknownDatabase_ThrowsOneLineNamingIt()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresAdminConnectionString) { Database = "mektep_missing_db", Password = Secret };
        var migrator = Migrator(DatabaseProvider.PostgreSql, builder.ConnectionString);

        var error = Assert.Throws<DatabaseUnavailableException>(migrator.CheckConnection);

        AssertOperatorLine(error.Message, "PostgreSql");
        Assert.Contains("mektep_missing_db", error.Message);
    }

    [Fact]
    public void CheckConnection_PostgresUnknownUser_ThrowsOneLine()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresAdminConnectionString) { Username = "mektep_nobody", Password = Secret };
        var migrator = Migrator(DatabaseProvider.PostgreSql, builder.ConnectionString);

        var error = Assert.Throws<DatabaseUnavailableException>(migrator.CheckConnection);

        AssertOperatorLine(error.Message, "PostgreSql");
        Assert.Contains("mektep_nobody", error.Message);
    }

    [Fact]
    public async Task Initialize_PostgresUnknownDatabase_ThrowsDatabaseUnavailable()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresAdminConnectionString) { Database = "mektep_missing_db", Password = Secret };
        await using var services = Services(new DatabaseOptions(DatabaseProvider.PostgreSql, builder.ConnectionString));

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => services.GetRequiredService<SiteInitializer>().InitializeAsync());

        AssertOperatorLine(error.Message, "PostgreSql");
    }

    [Fact]
    public void CheckConnection_SqliteUnderUnwritableFolder_ThrowsOneLine()
    {
        var notAFolder = Path.GetTempFileName();
        try
        {
            var migrator = Migrator(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(notAFolder, "App_Data", "mektep.db")}");

            var error = Assert.Throws<DatabaseUnavailableException>(migrator.CheckConnection);

            AssertOperatorLine(error.Message, "Sqlite");
            Assert.Contains("mektep.db", error.Message);
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }

    [Fact]
    public void CheckConnection_SqliteInsideProc_ThrowsOneLine()
    {
        var migrator = Migrator(DatabaseProvider.Sqlite, "Data Source=/proc/mektep-nowhere/mektep.db");

        var error = Assert.Throws<DatabaseUnavailableException>(migrator.CheckConnection);

        AssertOperatorLine(error.Message, "Sqlite");
    }

    [Fact]
    public async Task Host_DatabaseUnreachable_ExitsWithOneCriticalLine()
    {
        var start = new ProcessStartInfo("dotnet", [WebAssemblyPath()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["ConnectionStrings__Mektep"] = $"Host=127.0.0.1;Port=1;Username=mektep;Password={Secret};Database=mektep;Timeout=3";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var errors = process.StandardError.ReadToEndAsync(cancel.Token);

        await process.WaitForExitAsync(cancel.Token);

        var text = await output + await errors;
        Assert.Equal(1, process.ExitCode);
        Assert.Equal(1, text.Split("crit:").Length - 1);
        Assert.Contains("Cannot open the database PostgreSql", text);
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain("   at ", text);
    }

    private static void AssertOperatorLine(string message, string provider)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.Contains(provider, message);
        Assert.DoesNotContain(Secret, message);
        Assert.DoesNotContain("Password", message, StringComparison.OrdinalIgnoreCase);
    }

    private static SchemaMigrator Migrator(DatabaseProvider provider, string connectionString)
        => new(new DatabaseOptions(provider, connectionString), new ModuleCatalog([]), NullLogger<SchemaMigrator>.Instance);

    private static ServiceProvider Services(DatabaseOptions database)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMektep(new ModuleCatalog([]), database, configuration, Path.GetTempPath());
        return services.BuildServiceProvider();
    }

    private static string WebAssemblyPath()
    {
        // tests/Mektep.Tests/bin/<Configuration>/<tfm>/ -> src/Mektep.Web/bin/<Configuration>/<tfm>/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = output.Name;
        var configuration = output.Parent!.Name;
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "src", "Mektep.Web", "bin", configuration, tfm, "Mektep.Web.dll");
    }

    private static async Task<List<string>> TablesAsync(SiteFactory site)
    {
        var sql = site.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ContentTextFts_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
        return [.. (await ScalarsAsync(site, sql)).Select(v => (string)v)];
    }

    private static async Task<List<object>> ScalarsAsync(SiteFactory site, string sql)
    {
        await using DbConnection connection = site.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(site.ConnectionString) : new NpgsqlConnection(site.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<object>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0) is long or int ? Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) : reader.GetValue(0));
        }

        return values;
    }
}
