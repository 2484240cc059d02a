using System.Globalization;
using Bunit;
using Mektep.Certificates.Components;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Certificates.Components;

public sealed class CertificateComponentsTests : BunitContext
{
    private static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    public CertificateComponentsTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, CertificatesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    [Theory]
    [InlineData("kk", "Бұл сертификат түпнұсқа және жарамды.")]
    [InlineData("ru", "Этот сертификат подлинный и действителен.")]
    [InlineData("en", "This certificate is genuine and valid.")]
    public void VerificationResult_Valid_ShowsVerdictNameCourseAndDates(string culture, string verdict)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<VerificationResult>(p => p.Add(c => c.Result, new Verification(VerificationState.Valid, Verified())));

        Assert.Equal(verdict, cut.Find(".verdict strong").TextContent);
        Assert.Equal("Әлия Жұмағұлова", cut.Find(".holder").TextContent);
        Assert.Contains("Ауыл бюджеті", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".reason"));
    }

    [Fact]
    public void VerificationResult_Revoked_ShowsDateAndReason()
    {
        using var _ = new UiCulture("en");
        var revoked = Verified() with { RevokedUtc = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), RevokedReason = "Issued by mistake" };

        var cut = Render<VerificationResult>(p => p.Add(c => c.Result, new Verification(VerificationState.Revoked, revoked)));

        Assert.Equal("This certificate was revoked on 30 November 2026.", cut.Find(".verdict strong").TextContent);
        Assert.Equal("Issued by mistake", cut.Find(".reason").TextContent);
    }

    [Theory]
    [InlineData(VerificationState.NotFound, "not-found")]
    [InlineData(VerificationState.Malformed, "malformed")]
    public void VerificationResult_NoCertificate_ShowsAnAlertAndNoDetails(VerificationState state, string css)
    {
        using var _ = new UiCulture("kk");

        var cut = Render<VerificationResult>(p => p.Add(c => c.Result, new Verification(state, null)));

        Assert.Equal("alert", cut.Find("." + css).GetAttribute("role"));
        Assert.Empty(cut.FindAll("dl"));
    }

    [Fact]
    public void RegisterTable_Rows_ShowStatusRegionAndLinks()
    {
        using var _ = new UiCulture("ru");
        Certificate[] rows =
        [
            new() { Id = 7, Number = "2026-000007", LearnerName = "Әлия", CourseTitle = "Бюджет", RegionId = 3, IssuedUtc = Now.AddDays(-3) },
            new() { Id = 8, Number = "2026-000008", LearnerName = "Асқар", CourseTitle = "Бюджет", IssuedUtc = Now.AddDays(-2), RevokedUtc = Now.AddDays(-1), RevokedReason = "x" },
            new() { Id = 9, Number = "2026-000009", LearnerName = "Дина", CourseTitle = "Бюджет", IssuedUtc = Now.AddYears(-2), ExpiresUtc = Now.AddDays(-1) },
        ];

        var cut = Render<CertificateRegisterTable>(p => p.Add(c => c.Rows, rows).Add(c => c.Now, Now).Add(c => c.RegionNames, new Dictionary<int, string> { [3] = "Ақмола облысы" }));

        var trs = cut.FindAll("tbody tr");
        Assert.Equal(3, trs.Count);
        Assert.Equal("Valid", trs[0].GetAttribute("data-status"));
        Assert.Contains("Ақмола облысы", trs[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/certificates/7", trs[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Revoked", trs[1].GetAttribute("data-status"));
        Assert.StartsWith("Отозван", trs[1].QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Expired", trs[2].GetAttribute("data-status"));
    }

    [Fact]
    public void RegisterTable_NoRows_SaysSo()
    {
        using var _ = new UiCulture("kk");

        var cut = Render<CertificateRegisterTable>(p => p.Add(c => c.Rows, Array.Empty<Certificate>()).Add(c => c.Now, Now));

        Assert.Equal("Сәйкес сертификат жоқ.", cut.Find(".empty").TextContent);
    }

    private static VerifiedCertificate Verified()
        => new("2026-000123", "Әлия Жұмағұлова", "Ауыл бюджеті", Now.AddDays(-10), Now.AddDays(-9), null, null, null);

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _previousFormat = CultureInfo.CurrentCulture;

        public UiCulture(string culture)
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            CultureInfo.CurrentCulture = new CultureInfo(culture);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _previous;
            CultureInfo.CurrentCulture = _previousFormat;
        }
    }
}
