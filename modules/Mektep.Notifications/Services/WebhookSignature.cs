using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mektep.Notifications.Services;

/// <summary>
/// The signature of a webhook POST: HMAC-SHA256 with the endpoint's secret over <c>{timestamp}.{body}</c>, where the
/// timestamp is the <c>X-Mektep-Timestamp</c> header (Unix seconds) and the body is the exact UTF-8 bytes posted.
/// Sent as <c>X-Mektep-Signature: sha256=&lt;lowercase hex&gt;</c>.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Mektep-Signature";
    public const string TimestampHeader = "X-Mektep-Timestamp";
    public const string EventHeader = "X-Mektep-Event";
    public const string EventIdHeader = "X-Mektep-Event-Id";
    public const string DeliveryHeader = "X-Mektep-Delivery";

    /// <summary>The header value <c>sha256=&lt;hex&gt;</c>.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string timestamp, string body, string signature)
        => long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, seconds, body)), Encoding.ASCII.GetBytes(signature));

    /// <summary>A new secret: 32 random bytes, base64url (43 characters).</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
