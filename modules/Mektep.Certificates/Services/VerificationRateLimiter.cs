using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Mektep.Certificates.Services;

/// <summary>
/// Limits verification look-ups per client address (a fixed window from System.Threading.RateLimiting, the
/// limiter ASP.NET Core's middleware uses), so nobody can walk the code space. The page asks it directly, as
/// static SSR pages run inside the Razor components endpoint.
/// </summary>
public sealed class VerificationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public VerificationRateLimiter(IConfiguration configuration)
    {
        var permits = configuration.GetValue("Certificates:VerifyPermitsPerMinute", 30);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when the client may look up one more code now.</summary>
    public bool TryAcquire(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
