using System.Runtime.CompilerServices;

namespace Mektep.Tests.Infrastructure;

internal static class TestProcessSetup
{
    /// <summary>
    /// Dozens of in-process sites answer requests while xUnit runs test classes in parallel on two cores. The thread
    /// pool grows by about one thread a second once its minimum is used up, so a burst of blocking work (startup,
    /// migrations, Hangfire workers) could hold a browser test's request for many seconds. A higher minimum lets the
    /// pool answer at once; it changes no behaviour under test.
    /// </summary>
    [ModuleInitializer]
    internal static void RaiseThreadPoolMinimum()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
