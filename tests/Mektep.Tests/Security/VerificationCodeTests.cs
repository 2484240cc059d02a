using Mektep.Certificates.Services;

namespace Mektep.Tests.Security;

/// <summary>Certificate codes cannot be walked: long random codes (the verify page's rate limit is in CertificatePdfAndVerificationTests).</summary>
public sealed class VerificationCodeTests
{
    [Fact]
    public void New_Codes_CarryAtLeast80RandomBits()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCodes.New()).ToList();

        var bits = VerificationCodes.Length * Math.Log2(VerificationCodes.Alphabet.Length);

        Assert.True(bits >= 80, $"{bits} bits");
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(c.Length == VerificationCodes.Length && c.All(ch => VerificationCodes.Alphabet.Contains(ch, StringComparison.Ordinal))));
        // Every symbol turns up in every position: no position is fixed or drawn from a narrow range.
        Assert.All(Enumerable.Range(0, VerificationCodes.Length), i => Assert.Equal(VerificationCodes.Alphabet.Length, codes.Select(c => c[i]).Distinct().Count()));
    }
}
