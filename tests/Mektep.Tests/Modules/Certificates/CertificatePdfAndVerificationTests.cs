using System.Net;
using Mektep.Certificates.Services;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Mektep.Tests.Modules.Certificates;

public sealed class CertificatePdfAndVerificationTests
{
    [Theory, Providers]
    public async Task Pdf_HolderDownloads_TextHasTheKazakhNameExactly(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var certificate = await site.CertifiedGraduateAsync("Ауыл шаруашылығы экономикасы", "aliya@mektep.test", CertificateTestData.KazakhName);
        var client = await site.SignedInClientAsync("aliya@mektep.test", TestUsers.Password);

        var response = await client.GetAsync($"/certificates/{certificate.Id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = Assert.Single(pdf.GetPages());
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Contains(CertificateTestData.KazakhName, text, StringComparison.Ordinal);
        Assert.Contains("Ауыл шаруашылығы экономикасы", text, StringComparison.Ordinal);
        Assert.Contains(certificate.Number, text, StringComparison.Ordinal);
        Assert.True(page.Width > page.Height, "A4 landscape by default");
    }

    [Theory, Providers]
    public async Task Pdf_AnotherLearnerOrAnonymous_CannotDownload_AdministratorCan(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course);
        await site.GraduateAsync(course, "holder@mektep.test");
        await site.CreateUserAsync("other@mektep.test", Mektep.Security.StandardRoles.Learner);
        var certificate = Assert.Single(await site.CertificatesAsync());
        var url = $"/certificates/{certificate.Id}/pdf";

        var other = await (await site.SignedInClientAsync("other@mektep.test", TestUsers.Password)).GetAsync(url);
        var anonymous = await site.NewClient().GetAsync(url);
        var admin = await (await site.AdminClientAsync()).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory, Providers]
    public async Task Verify_ValidCode_ShowsNameCourseDateAndNothingPersonalElse(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var certificate = await site.CertifiedGraduateAsync("Курс", "aliya@mektep.test", CertificateTestData.KazakhName);

        var response = await site.NewClient().GetAsync($"/verify/{VerificationCodes.Format(certificate.VerificationCode).ToLowerInvariant()}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This certificate is genuine and valid.", page, StringComparison.Ordinal);
        Assert.Contains(CertificateTestData.KazakhName, page, StringComparison.Ordinal);
        Assert.Contains(certificate.Number, page, StringComparison.Ordinal);
        Assert.DoesNotContain("aliya@mektep.test", page, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Verify_AnsweredFromTheKeptCopy_KeepsThePagesOwnHeaders(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var certificate = await site.CertifiedGraduateAsync("Курс", "aliya@mektep.test", CertificateTestData.KazakhName);
        var visitor = site.NewClient();
        var path = $"/verify/{VerificationCodes.Format(certificate.VerificationCode)}";

        var rendered = await visitor.GetAsync(path);
        var copy = await visitor.GetAsync(path);

        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(copy.Headers.Age);
        Assert.Equal(await rendered.Content.ReadAsStringAsync(), await copy.Content.ReadAsStringAsync());
        foreach (var response in new[] { rendered, copy })
        {
            Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(response.Content.Headers.ContentLength, (await response.Content.ReadAsByteArrayAsync()).Length);
        }
    }

    [Theory, Providers]
    public async Task Verify_TypedInTheForm_FindsTheCertificate(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var certificate = await site.CertifiedGraduateAsync("Курс", "a@mektep.test");

        var page = await site.NewClient().GetStringAsync($"/verify?code={Uri.EscapeDataString(" " + VerificationCodes.Format(certificate.VerificationCode) + " ")}");

        Assert.Contains("This certificate is genuine and valid.", page, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Verify_UnknownAndMalformedCodes_AreAnsweredClearly(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var unknown = await client.GetAsync("/verify/AAAAABBBBBCCCCCDDDDD");
        var malformed = await client.GetAsync("/verify/not-a-code!");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("No certificate has this code.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Contains("This is not a certificate code.", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Verify_ExpiredCertificate_ShowsExpired(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.ValidityMonths = 12);
        await site.GraduateAsync(course, "a@mektep.test");
        var certificate = Assert.Single(await site.CertificatesAsync());
        Assert.NotNull(certificate.ExpiresUtc);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Mektep.Certificates.Models.Certificate>()
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresUtc, DateTime.UtcNow.AddDays(-1)));
        }

        var page = await site.NewClient().GetStringAsync($"/verify/{certificate.VerificationCode}");

        Assert.Contains("This certificate expired on", page, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Verify_ACheckedCode_IsAnsweredFromThePageCacheUntilTheCertificateIsRevoked(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Certificates:VerifyPermitsPerMinute"] = "2" });
        var certificate = await site.CertifiedGraduateAsync("Курс", "a@mektep.test", CertificateTestData.KazakhName);
        var client = site.NewClient();
        var path = $"/verify/{certificate.VerificationCode}";

        var first = await client.GetStringAsync(path);
        // Behind the cache's back: a copy served from it still shows the name it was made with.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Mektep.Certificates.Models.Certificate>()
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LearnerName, "Changed Directly"));
        }

        var again = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            again.Add(await client.GetAsync(path));
        }

        await site.WithAsync<bool, CertificateRevocation>(r => r.RevokeAsync(certificate.Id, "Қате"));
        var afterRevocation = await client.GetStringAsync(path);

        Assert.Contains(CertificateTestData.KazakhName, first, StringComparison.Ordinal);
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains(CertificateTestData.KazakhName, await again[^1].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("This certificate was revoked on", afterRevocation, StringComparison.Ordinal);
        Assert.Contains("Changed Directly", afterRevocation, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Verify_TooManyLookups_AreRateLimited(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Certificates:VerifyPermitsPerMinute"] = "3" });
        var client = site.NewClient();

        // Distinct codes, as an enumeration tries them: a code already answered comes from the page cache, unlimited.
        var statuses = new List<HttpStatusCode>();
        foreach (var last in "ABCD")
        {
            statuses.Add((await client.GetAsync($"/verify/AAAAABBBBBCCCCCDDDD{last}")).StatusCode);
        }

        var limited = await client.GetAsync("/verify/AAAAABBBBBCCCCCDDDDE");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many checks from your address.", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
