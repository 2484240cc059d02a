using System.Runtime.InteropServices;

namespace Mektep.Web;

/// <summary>
/// The C library's allocator, set for a small server. The runtime, the JIT and OpenSSL (the sign-in cookie's
/// decryption, password hashing) allocate natively from every thread-pool thread. Left to itself, glibc gives threads
/// that contend arenas of their own (up to eight per core), raises the size below which freed memory is kept once a
/// large block is freed, and gives back only free space at an arena's top. During the exam session of the benchmark
/// (gdb's <c>call malloc_stats()</c> on the site) its arenas held 41 MB of which 19 MB were in use.
/// </summary>
/// <remarks>
/// <para>
/// Measured with <c>bash bench/run.sh --courses 20</c> (all pages and the 2,500-examinee session), peak working set:
/// 405 MB as glibc sets itself; 396 MB with <see cref="Configure"/>; 359 MB with it and <see cref="Trim"/> every five
/// seconds (<see cref="NativeHeapTrimmer"/>). The page ratios to bare stayed where they were. At full scale
/// (<c>bash bench/run.sh</c>, docs/benchmarks.md) the peak went from 410 to 364 MB.
/// </para>
/// <para>
/// The arena cap takes effect from the call on: arenas the runtime's own threads made before <c>Main</c> stay (about
/// five). <c>MALLOC_ARENA_MAX=2</c> in the environment caps them from the first; an operator's own <c>MALLOC_*_</c>
/// variable wins over <see cref="Configure"/>. Elsewhere than glibc on Linux (musl, Windows, macOS) nothing is set.
/// </para>
/// </remarks>
public static class NativeHeap
{
    /// <summary>Arenas at most; the main one and one more for the threads that contend.</summary>
    public const int Arenas = 2;

    /// <summary>Bytes: blocks this large are mapped on their own and unmapped when freed; free space this large at the
    /// top of an arena is returned. Fixing it (glibc's default start) stops glibc raising it after a large free.</summary>
    public const int Threshold = 128 * 1024;

    // mallopt's parameter numbers, from glibc's malloc.h.
    private const int TrimThresholdParameter = -1;
    private const int MmapThresholdParameter = -3;
    private const int ArenaMaxParameter = -8;

    /// <summary>
    /// Sets what the environment leaves unset. Answers the names of the settings made.
    /// </summary>
    public static IReadOnlyList<string> Configure(Func<string, string?> environment)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var made = new List<string>();
        try
        {
            Set("MALLOC_ARENA_MAX", ArenaMaxParameter, Arenas);
            Set("MALLOC_MMAP_THRESHOLD_", MmapThresholdParameter, Threshold);
            Set("MALLOC_TRIM_THRESHOLD_", TrimThresholdParameter, Threshold);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (Alpine's musl has no libc.so.6): its allocator has no such knobs.
        }

        return made;

        void Set(string variable, int parameter, int value)
        {
            if (string.IsNullOrEmpty(environment(variable)) && MallOpt(parameter, value) == 1)
            {
                made.Add(variable);
            }
        }
    }

    /// <summary>
    /// Returns the free pages the allocator holds inside its arenas to the system. glibc gives back only free space at
    /// an arena's top by itself; what requests and the JIT freed in the middle stays resident. Answers whether any
    /// memory was returned (false also where there is no glibc).
    /// </summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux() || s_noGlibc)
        {
            return false;
        }

        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_noGlibc = true;
            return false;
        }
    }

    private static volatile bool s_noGlibc;

    // DllImport, not LibraryImport: integers need no marshalling code, and the host stays free of unsafe blocks.
    [DllImport("libc.so.6", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [DllImport("libc.so.6", EntryPoint = "mallopt", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);
}
