using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mektep.Bench;

/// <summary>One wrk run: requests per second, latency percentiles and errors.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors);

/// <summary>Runs wrk (two threads, as many connections as asked) against one URL, optionally rotating cookies.</summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(Uri url, int connections, int seconds, IReadOnlyList<string>? cookies = null)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-H", "Accept-Language: kk" };
        string? script = null;
        if (cookies is { Count: > 0 })
        {
            // Each request carries the next learner's cookie, so rows written per view are not all one learner's.
            script = Path.GetTempFileName();
            var lua = new StringBuilder("local cookies = {\n");
            foreach (var cookie in cookies)
            {
                lua.Append("  \"").Append(cookie.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
            }

            lua.Append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", nil, { [\"Cookie\"] = cookies[(i % #cookies) + 1] })\nend\n");
            await File.WriteAllTextAsync(script, lua.ToString());
            arguments.AddRange(["-s", script]);
        }

        arguments.Add(url.ToString());
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (script is not null)
        {
            File.Delete(script);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("wrk failed: " + output);
        }

        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        double Number(Regex pattern) => double.Parse(pattern.Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (SocketErrors().Match(output) is { Success: true } s)
        {
            errors += s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture));
        }

        return new WrkResult(
            Number(RequestsPerSecond()),
            Milliseconds(Percentile50().Match(output)),
            Milliseconds(Percentile99().Match(output)),
            long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            errors);
    }

    private static double Milliseconds(Match match)
    {
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+([\d.]+)(us|ms|s|m)", RegexOptions.Multiline)]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s|m)", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
