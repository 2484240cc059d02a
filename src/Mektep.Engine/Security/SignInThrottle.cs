using Mektep.Security;
using Microsoft.Extensions.Configuration;

namespace Mektep.Engine.Security;

/// <summary>
/// Failed sign-ins per client address. Each account has Identity's lockout (<see cref="MaxFailuresPerAccount"/>
/// failures lock it); this second limit, higher, stops one address from guessing across many accounts, where no
/// single account reaches its own.
/// </summary>
public sealed class SignInThrottle(IConfiguration configuration, TimeProvider clock)
{
    public const int MaxFailuresPerAccount = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly AttemptLimiter _addresses = new(configuration.GetValue("Security:SignInFailuresPerAddress", 50), Window, clock);

    public AttemptLimiter Addresses => _addresses;

    /// <summary>Whole minutes to tell a person to wait, never zero.</summary>
    public static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
