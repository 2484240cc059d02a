using System.Net;
using System.Text.RegularExpressions;
using Mektep.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Infrastructure;

/// <summary>
/// The real host over a fresh database of the given provider, with an administrator created from
/// configuration. Create one per test with <see cref="StartAsync"/> and dispose it.
/// </summary>
public sealed partial class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@mektep.test";
    public const string AdminPassword = "Admin-Password-1";

    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "mektep-tests", "site-" + Guid.NewGuid().ToString("N"));

    private SiteFactory(TestDatabase database, Dictionary<string, string?> settings)
    {
        _database = database;
        _settings = settings;
    }

    public DatabaseProvider Provider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    public string MailFolder => Path.Combine(_contentRoot, "mail");

    public static Task<SiteFactory> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
        => StartCoreAsync(provider, settings, kestrel: false);

    /// <summary>The site on real Kestrel at a free loopback port (see <see cref="Address"/>), for a browser to visit.</summary>
    public static Task<SiteFactory> StartOnKestrelAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
        => StartCoreAsync(provider, settings, kestrel: true);

    /// <summary>Where a browser reaches the site; only for a site started with <see cref="StartOnKestrelAsync"/>.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>
    /// Another node of <paramref name="first"/>'s site: its own host (own Hangfire server when <c>Jobs:Server</c> is
    /// true) over the same database, which stays until <paramref name="first"/> is disposed.
    /// </summary>
    public static Task<SiteFactory> StartSecondNodeAsync(SiteFactory first, IDictionary<string, string?>? settings = null)
        => StartCoreAsync(first.Provider, settings, kestrel: false, TestDatabase.Borrow(first.Provider, first.ConnectionString));

    private static async Task<SiteFactory> StartCoreAsync(DatabaseProvider provider, IDictionary<string, string?>? settings, bool kestrel, TestDatabase? existing = null)
    {
        var database = existing ?? await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Mektep"] = database.ConnectionString,
            ["Setup:AdminEmail"] = AdminEmail,
            ["Setup:AdminPassword"] = AdminPassword,
            ["Setup:AdminName"] = "Test Administrator",
            // No Hangfire workers in tests: tests that need a job run it themselves (or turn this back on).
            ["Jobs:Server"] = "false",
            // Tests start empty; the demo recipe has its own test.
            ["Recipes:FirstRun"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new SiteFactory(database, all);
        all["Mail:PickupFolder"] = factory.MailFolder;
        if (kestrel)
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }

        factory.StartServer(); // migrations and seeding run now
        // A node that starts listening for other nodes' content changes empties its cache once: let that happen
        // before the test, so a test never sees its own reads dropped by it.
        await factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Mektep.Engine.Caching.ContentChangeListener>().Single().Listening;
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Modules' and themes' wwwroot files are served from their projects outside Development only with this.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseContentRoot(_contentRoot.EnsureDirectory());
        builder.ConfigureServices(services => services.AddSingleton(this));
    }

    /// <summary>
    /// A client that keeps cookies and does not follow redirects, so tests see them. It asks for English, so
    /// tests can read messages; tests of other cultures pick one with the culture cookie or a user preference.
    /// </summary>
    public HttpClient NewClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>A client signed in as the configured administrator.</summary>
    public Task<HttpClient> AdminClientAsync() => SignedInClientAsync(AdminEmail, AdminPassword);

    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var client = NewClient();
        var page = await client.GetStringAsync("/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's cleanup.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

internal static class PathExtensions
{
    public static string EnsureDirectory(this string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
