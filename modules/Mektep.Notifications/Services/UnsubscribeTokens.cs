using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Mektep.Notifications.Services;

/// <summary>
/// Signed (and encrypted) one-click unsubscribe tokens: the user id and message kind under ASP.NET Data
/// Protection with its own purpose, so a token cannot be forged, altered or reused for another person or kind.
/// Keys live in the database, so every node reads every node's links. Tokens do not expire: old mail keeps working.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    public const string Purpose = "Mektep.Notifications.Unsubscribe.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Create(string userId, string kind)
        => WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes($"{userId}\n{kind}")));

    /// <summary>The user id and kind, or null for a tampered or foreign token.</summary>
    public (string UserId, string Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            var split = text.IndexOf('\n', StringComparison.Ordinal);
            return split <= 0 ? null : (text[..split], text[(split + 1)..]);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
