using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mektep.Engine.Data;
using Mektep.Engine.Organisation;
using Mektep.Engine.Security;
using Mektep.Initiatives.Models;
using Mektep.Initiatives.Services;
using Mektep.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mektep.Bench.Initiatives;

/// <summary>Entry point of the initiative registry benchmark.</summary>
internal static partial class InitiativeRegistryBenchmark
{
    private const string AdminEmail = "admin@bench.test";
    private const string AdminPassword = "Bench-Admin-Password-1";

    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/Mektep.Bench.Initiatives -- --postgres "Host=...;Username=...;Database=postgres" [--count 12000]
        // Creates its own database next to the one named (and drops it afterwards), seeds 1,783 akims placed in 2,200
        // rural districts over the 20 regions and N approved initiatives, then times the registry. Prints Markdown rows.
        var count = 12_000;
        string? postgres = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--count")
            {
                count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--postgres")
            {
                postgres = args[i + 1];
            }
        }

        if (postgres is null)
        {
            Console.Error.WriteLine("Give the PostgreSQL server with --postgres \"Host=...;Username=...;Database=postgres\".");
            Environment.Exit(2);
        }

        var name = "mektep_bench_initiatives_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(postgres, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
        var root = Path.Combine(Path.GetTempPath(), "mektep-bench-initiatives-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            await RunAsync(connection, root, count);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Left to the temp folder's cleanup.
            }
        }
    }

    private static async Task RunAsync(string connection, string root, int count)
    {
        await using var site = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(root);
            // The content root is a temporary folder without the site's appsettings.json: keep its log levels, or every SQL
            // command is written to the console and the benchmark measures the logger.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Mektep", connection);
            builder.UseSetting("Jobs:Server", "false");
            builder.UseSetting("Recipes:FirstRun", "");
            builder.UseSetting("Setup:AdminEmail", AdminEmail);
            builder.UseSetting("Setup:AdminPassword", AdminPassword);
            builder.UseSetting("Setup:AdminName", "Bench Administrator");
            builder.UseSetting("Mail:PickupFolder", Path.Combine(root, "mail"));
        });
        _ = site.Server;

        var seedWatch = Stopwatch.StartNew();
        await SeedAsync(site.Services, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {count} approved initiatives in {seedWatch.Elapsed.TotalSeconds:F1} s."));

        // The totals query alone: GROUP BY region, district and rural district over the approved initiatives.
        var queryTimes = new List<double>();
        var groups = 0;
        for (var i = 0; i < 6; i++)
        {
            await using var scope = site.Services.CreateAsyncScope();
            var registry = scope.ServiceProvider.GetRequiredService<InitiativeRegistry>();
            var watch = Stopwatch.StartNew();
            groups = (await registry.TotalsAsync(new RegistryFilter(Status: InitiativeStatus.Approved), PeopleScope.All)).Count;
            queryTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        // The whole page as an administrator sees it: totals, names, the tree table and the chart.
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client);
        var pageTimes = new List<double>();
        var size = 0;
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync("/admin/initiatives/registry");
            var body = await response.Content.ReadAsByteArrayAsync();
            pageTimes.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The registry answered {(int)response.StatusCode}.");
            }

            size = body.Length;
        }

        Console.WriteLine("| provider | initiatives | groups (rural districts) | totals query, first / median of 5 (ms) | registry page, first / median of 5 (ms) | page size (KB) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| PostgreSql | {count} | {groups} | {queryTimes[0]:F0} / {Median(queryTimes.Skip(1)):F0} | {pageTimes[0]:F0} / {Median(pageTimes.Skip(1)):F0} | {size / 1024} |"));
    }

    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        var rural = new List<(int Region, int District, int Rural, string Name)>();
        await using (var scope = services.CreateAsyncScope())
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrganisationTree>();
            var regions = (await tree.LoadAsync()).Regions;
            foreach (var region in regions)
            {
                for (var d = 0; d < 10; d++)
                {
                    var district = Check(await tree.AddDistrictAsync(region.Id, new UnitInput { Code = $"{region.Code}-d{d}", NameKk = $"{d + 1}-аудан", NameRu = $"Район {d + 1}" }));
                    for (var r = 0; r < 11; r++)
                    {
                        var ruralName = $"{d + 1}.{r + 1} ауылдық округі";
                        var id = Check(await tree.AddRuralDistrictAsync(district, new UnitInput { Code = $"{region.Code}-d{d}-r{r}", NameKk = ruralName, NameRu = $"Сельский округ {d + 1}.{r + 1}" }));
                        rural.Add((region.Id, district, id, ruralName));
                    }
                }
            }
        }

        // 1,783 akims, as in the first wave, each in a rural district; one password hash for everyone.
        var akims = new List<(string Id, int Place)>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
            var hash = new PasswordHasher<SiteUser>().HashPassword(new SiteUser(), "Bench-Password-1");
            for (var i = 0; i < 1783; i++)
            {
                var email = $"akim{i:D5}@bench.test";
                var user = new SiteUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = $"Әкім Нұрланұлы {i:D5}",
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedUtc = DateTime.UtcNow,
                    RuralDistrictId = rural[i % rural.Count].Rural,
                };
                db.Add(user);
                akims.Add((user.Id, i % rural.Count));
            }

            await db.SaveChangesAsync();
        }

        var random = new Random(20261205);
        var sectors = Enum.GetValues<InitiativeSector>();
        var now = DateTime.UtcNow;
        for (var start = 0; start < count; start += 2000)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
            for (var i = start; i < Math.Min(count, start + 2000); i++)
            {
                var (userId, place) = akims[i % akims.Count];
                var (region, district, ruralId, ruralName) = rural[place];
                db.Add(new Initiative
                {
                    UserId = userId,
                    RegionId = region,
                    DistrictId = district,
                    RuralDistrictId = ruralId,
                    RuralDistrictName = ruralName,
                    Title = $"Бастама {i}",
                    Sector = sectors[i % sectors.Length],
                    Description = "Сүт өңдеу цехы, **кооператив**.",
                    CostTenge = random.NextInt64(5_000_000, 100_000_000),
                    Jobs = random.Next(1, 40),
                    AnnualIncomeTenge = random.NextInt64(1_000_000, 30_000_000),
                    Funding = FundingSources.OwnFunds | FundingSources.StateProgrammeLoans,
                    Participants = "",
                    StartMonth = (2027 * 12) + 2,
                    EndMonth = (2028 * 12) + 5,
                    Status = InitiativeStatus.Approved,
                    CreatedUtc = now,
                    UpdatedUtc = now,
                    SubmittedUtc = now,
                    DecidedUtc = now,
                });
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            // Fresh statistics, as autovacuum would have them on a live database.
            await scope.ServiceProvider.GetRequiredService<MektepDbContext>().Database.ExecuteSqlRawAsync("ANALYZE \"Initiatives\"");
        }
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = AdminEmail,
            ["Input.Password"] = AdminPassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed with {(int)response.StatusCode}.");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int Check(UnitResult result) => result.Succeeded ? result.Id : throw new InvalidOperationException(result.Error);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
