using System.Security.Cryptography;

namespace Mektep.Certificates.Services;

/// <summary>
/// Verification codes: 20 characters of RFC 4648 base32 (100 random bits), shown in groups of five. Reading a typed
/// code ignores case, spaces and dashes.
/// </summary>
public static class VerificationCodes
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const int Length = Models.Certificate.CodeLength;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }

    /// <summary>The stored form of a typed code, or null when it cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        var chars = text.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    /// <summary>The code in groups of five: <c>ABCDE-FGHIJ-KLMNO-PQRST</c>.</summary>
    public static string Format(string code)
        => string.Join('-', Enumerable.Range(0, (code.Length + 4) / 5).Select(i => code.Substring(i * 5, Math.Min(5, code.Length - (i * 5)))));
}
