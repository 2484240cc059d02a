using System.Runtime.InteropServices;
using Mektep.Web;

namespace Mektep.Tests.Web;

public sealed class NativeHeapTests
{
    private static readonly string[] All = ["MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"];

    [Fact]
    public void ALargeBlock_IsMappedOnItsOwn_EvenAfterALargerOneWasFreed()
    {
        // Left to itself, glibc raises its mapping threshold to the size of a large mapped block once it is freed, and
        // from then on keeps blocks that large in its arenas, where freeing them returns nothing to the system.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(4 << 20));

        var made = NativeHeap.Configure(_ => null);

        Assert.Equal(OperatingSystem.IsLinux() ? All : [], made);
        if (OperatingSystem.IsLinux())
        {
            var block = Marshal.AllocHGlobal(512 << 10);
            try
            {
                // The chunk's size word, just before the block: bit 1 is glibc's IS_MMAPPED.
                Assert.Equal(2, Marshal.ReadInt64(block, -8) & 2);
            }
            finally
            {
                Marshal.FreeHGlobal(block);
            }
        }
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
