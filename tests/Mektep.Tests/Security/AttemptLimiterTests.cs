using Mektep.Security;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Security;

public sealed class AttemptLimiterTests
{
    [Fact]
    public void TryAcquire_OverThePermits_IsRefusedUntilTheWindowEnds()
    {
        var clock = new ManualTimeProvider();
        var limiter = new AttemptLimiter(3, TimeSpan.FromMinutes(1), clock);
        var first = Enumerable.Range(0, 3).Select(i => limiter.TryAcquire("10.0.0.1", out var unused)).ToList();

        var fourth = limiter.TryAcquire("10.0.0.1", out var wait);
        var otherKey = limiter.TryAcquire("10.0.0.2", out _);
        clock.Advance(TimeSpan.FromSeconds(61));
        var afterWindow = limiter.TryAcquire("10.0.0.1", out _);

        Assert.All(first, Assert.True);
        Assert.False(fourth);
        Assert.Equal(TimeSpan.FromMinutes(1), wait);
        Assert.True(otherKey);
        Assert.True(afterWindow);
    }

    [Fact]
    public void RecordFailure_UpToThePermits_BlocksUntilTheWindowEndsOrAReset()
    {
        var clock = new ManualTimeProvider();
        var limiter = new AttemptLimiter(2, TimeSpan.FromMinutes(15), clock);
        limiter.RecordFailure("a");
        var afterOne = limiter.IsBlocked("a", out _);
        limiter.RecordFailure("a");
        clock.Advance(TimeSpan.FromMinutes(5));

        var afterTwo = limiter.IsBlocked("a", out var wait);
        clock.Advance(TimeSpan.FromMinutes(10));
        var afterWindow = limiter.IsBlocked("a", out _);
        limiter.RecordFailure("a");
        limiter.RecordFailure("a");
        limiter.Reset("a");
        var afterReset = limiter.IsBlocked("a", out _);

        Assert.False(afterOne);
        Assert.True(afterTwo);
        Assert.Equal(TimeSpan.FromMinutes(10), wait);
        Assert.False(afterWindow);
        Assert.False(afterReset);
    }
}
