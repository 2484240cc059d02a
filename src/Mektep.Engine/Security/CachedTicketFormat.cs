using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Mektep.Engine.Security;

/// <summary>
/// The sign-in cookie read once per cookie value rather than on every request: a learner's pages each carry the same
/// cookie, and unprotecting it (decrypting, checking its MAC, reading the claims) was a steady share of a signed-in
/// page's time. The cache holds what the inner format read from exactly that text, so nothing is accepted that the
/// inner format would refuse; each request gets its own copy of the ticket, because the cookie handler renews and the
/// security stamp validator replaces what it is given, and those checks still run on every request as before.
/// </summary>
internal sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>Cookies remembered at once: several times the people signed in within <see cref="Lifetime"/>.</summary>
    internal const int Capacity = 10_000;

    /// <summary>How long a read cookie is remembered after it was last presented.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (!_tickets.TryGetValue(protectedText, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText);
            if (ticket is null)
            {
                // A forged or stale cookie is not remembered: it costs its sender the full check every time.
                return null;
            }

            _tickets.Set(protectedText, ticket, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Lifetime });
        }

        return Copy(ticket!);
    }

    /// <summary>A copy down to the identities: <see cref="ClaimsPrincipal.Clone"/> would share them, claims and all.</summary>
    private static AuthenticationTicket Copy(AuthenticationTicket ticket)
        => new(new ClaimsPrincipal(ticket.Principal.Identities.Select(identity => identity.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}
