using System.Runtime.InteropServices;
using Mektep.Web;

namespace Mektep.Tests.Web;

public sealed class NativeHeapTests
{
    private static readonly string[] All = ["MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"];

    [Fact]
    public void OnLinux_TheAllocatorTakesEverySetting()
    {
        // This proves the import binds and mallopt answers 1 for each setting; glibc answers 1 even for parameters it
        // does not know, so the numbers themselves are checked against malloc.h, not here. What a threshold then does
        // to one block depends on what its arena holds free at that moment, which a test process shared by parallel
        // tests cannot pin down (a 512 KB block came from a free run instead of its own mapping in one CI run); the
        // benchmark measures the effect.
        var made = NativeHeap.Configure(_ => null);

        Assert.Equal(OperatingSystem.IsLinux() ? All : [], made);
    }

    [Fact]
    public void Trim_ReturnsFreePagesHeldInTheMiddleOfAnArena()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.Trim());
            return;
        }

        // 8 MB in blocks under the mapping threshold, so they come from an arena, with a block kept after them: freed,
        // they make one free run below a used block, which free() never gives back (it returns only an arena's top).
        var blocks = Enumerable.Range(0, 512).Select(_ => Marshal.AllocHGlobal(16 << 10)).ToArray();
        var fence = Marshal.AllocHGlobal(64);
        try
        {
            foreach (var block in blocks)
            {
                Marshal.FreeHGlobal(block);
            }

            Assert.True(NativeHeap.Trim());
        }
        finally
        {
            Marshal.FreeHGlobal(fence);
        }
    }

    [Fact]
    public void TheOperatorsOwnVariable_IsLeftAsGlibcReadIt()
    {
        var made = NativeHeap.Configure(name => name == "MALLOC_ARENA_MAX" ? "4" : null);

        Assert.DoesNotContain("MALLOC_ARENA_MAX", made);
        Assert.Equal(OperatingSystem.IsLinux() ? All[1..] : [], made);
    }
}
