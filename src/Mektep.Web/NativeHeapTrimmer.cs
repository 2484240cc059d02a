namespace Mektep.Web;

/// <summary>Trims the native heap every few seconds (see <see cref="NativeHeap.Trim"/>).</summary>
internal sealed class NativeHeapTrimmer(TimeProvider time) : BackgroundService
{
    /// <summary>
    /// Often enough that the free space the exam session's requests leave behind does not pile up between two trims;
    /// a trim walks the allocator's free lists, well under a millisecond for the tens of megabytes it holds here.
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            NativeHeap.Trim();
        }
    }
}
