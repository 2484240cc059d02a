using Mektep.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Mektep.Certificates.Services;

/// <summary>
/// Limits verification look-ups per client address, so nobody can walk the code space. The page asks it directly,
/// as static SSR pages run inside the Razor components endpoint.
/// </summary>
public sealed class VerificationRateLimiter(IConfiguration configuration, TimeProvider clock)
{
    private readonly AttemptLimiter _limiter = new(configuration.GetValue("Certificates:VerifyPermitsPerMinute", 30), TimeSpan.FromMinutes(1), clock);

    /// <summary>True when the client may look up one more code now.</summary>
    public bool TryAcquire(HttpContext context) => _limiter.TryAcquire(AttemptLimiter.AddressKey(context), out _);
}
