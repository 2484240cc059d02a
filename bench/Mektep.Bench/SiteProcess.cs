using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mektep.Bench;

/// <summary>The published site run as its own process, as in production; stopped by its PID when disposed.</summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SiteProcess(Process process, Uri address, TimeSpan startup)
    {
        _process = process;
        Address = address;
        StartupToFirstPage = startup;
    }

    public Uri Address { get; }

    public TimeSpan StartupToFirstPage { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the site and waits for its home page; the time until it answers 200 is the start-up time.</summary>
    public static async Task<SiteProcess> StartAsync(BenchOptions options)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(options.SiteFolder, "Mektep.Web.dll")])
        {
            WorkingDirectory = options.SiteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Urls"] = address.ToString(); // overrides appsettings.json's Urls, which ASPNETCORE_URLS would not
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["ConnectionStrings__Mektep"] = options.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // A first request can take seconds on a loaded machine (JIT, caches); the poll only retries while nothing listens.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The site did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("site: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            return new SiteProcess(process, address, await FirstPageAsync(client, process, address, clock));
        }
        catch
        {
            // Whatever went wrong, the site this started does not outlive the benchmark.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            throw;
        }
    }

    /// <summary>Polling is the measurement here: the first 200 from the home page ends the start-up time.</summary>
    private static async Task<TimeSpan> FirstPageAsync(HttpClient client, Process process, Uri address, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The site exited with {process.ExitCode} during start-up."));
            }

            try
            {
                using var response = await client.GetAsync(address);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The site did not answer its home page within two minutes.");
    }

    /// <summary>Resident memory now and its peak since start, in bytes, from /proc.</summary>
    public (long Current, long Peak) WorkingSet()
    {
        long Read(string key) => File.ReadLines($"/proc/{_process.Id}/status")
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024)
            .FirstOrDefault();
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
