using System.Diagnostics;

namespace Mektep.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL cluster the test command started (build/test.sh exports its data folder, binaries and OS user),
/// for fault tests that stop and start it. Only tests in <see cref="ClusterRestartCollection"/> may use it: that
/// collection runs alone, after every parallel test, so no other test sees the server go away.
/// </summary>
internal static class PostgresCluster
{
    private static string Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: run the tests with `bash build/test.sh`, which starts the PostgreSQL cluster and names it.");

    /// <summary>A fast restart (active sessions are cut, as in a crash of the connections) that waits until it accepts connections again.</summary>
    public static Task RestartAsync() => PgCtlAsync("restart", "-m", "fast", "-w", "-t", "60");

    private static async Task PgCtlAsync(params string[] arguments)
    {
        var pgCtl = Path.Combine(Variable("MEKTEP_TEST_PG_BIN"), "pg_ctl");
        var osUser = Variable("MEKTEP_TEST_PG_OSUSER");
        var dataDir = Variable("MEKTEP_TEST_PG_DATADIR");
        var log = Path.Combine(Path.GetDirectoryName(dataDir)!, "server.log");

        // PostgreSQL refuses to run as root: a root test process runs pg_ctl as the cluster's own user.
        var start = Environment.UserName == osUser
            ? new ProcessStartInfo(pgCtl)
            : new ProcessStartInfo("runuser", ["-u", osUser, "--", pgCtl]);
        foreach (var argument in new[] { "-D", dataDir, "-l", log }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_ctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}

/// <summary>Tests that restart the shared PostgreSQL cluster: run one at a time, after all the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterRestartCollection
{
    public const string Name = "Restarts the PostgreSQL cluster";
}
