using Mektep.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>
/// One headless Chromium for the browser tests: Debian's /usr/bin/chromium (build/test.sh installs it), never a
/// browser Playwright downloads. Each test opens its own context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}: run `bash build/test.sh`, which installs it, or `apt-get install -y chromium`.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>How long a step may take before it counts as hung (every wait in a context, and <see cref="Arrival"/>).</summary>
    public const int DefaultTimeoutMs = 45_000;

    /// <summary>
    /// A fresh browser context that asks for English (like the HTTP tests' clients) unless given another locale. The sites under test run in the
    /// test process, beside the rest of the suite on two cores, so a page can take seconds to answer: the timeout is a
    /// bound on a hang, not an expectation of speed.
    /// </summary>
    public async Task<IPage> NewPageAsync(SiteFactory site, string locale = "en-US", ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString(), Locale = locale, ViewportSize = viewport });
        context.SetDefaultTimeout(DefaultTimeoutMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
