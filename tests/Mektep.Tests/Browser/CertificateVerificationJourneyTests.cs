using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Courses;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>Anyone, signed out, checks a certificate in Chromium: by the link printed under the QR code, and by typing the code into the form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificateVerificationJourneyTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task Anonymous_VerifiesCertificate_ByItsLinkAndByTheForm(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var course = await site.CourseAsync("Ауыл бюджеті", lessons: 1);
        await site.TemplateAsync(course);
        await site.GraduateAsync(course, "aliya@mektep.test", CertificateTestData.KazakhName);
        var certificate = Assert.Single(await site.CertificatesAsync());
        var journey = new Journey("verification", provider);
        var visitor = await browser.NewPageAsync(site, "ru-RU");

        await journey.GoAsync(visitor, $"/verify/{certificate.VerificationCode}", "by-link");
        var byLink = await HolderAsync(visitor);
        await journey.GoAsync(visitor, "/", "home");
        await journey.FollowAsync(visitor, visitor.Locator("a[href='/verify']").First, url => new Uri(url).AbsolutePath == "/verify", "form");
        await visitor.Locator("#verify-code").FillAsync(certificate.VerificationCode);
        await journey.FollowAsync(visitor, visitor.Locator("form.verify-form button[type='submit']"), url => url.Contains("code=", StringComparison.Ordinal), "by-form");
        var byForm = await HolderAsync(visitor);
        await visitor.Locator("#verify-code").FillAsync("NOT-A-REAL-CODE");
        await journey.FollowAsync(visitor, visitor.Locator("form.verify-form button[type='submit']"), url => url.Contains("NOT-A-REAL-CODE", StringComparison.Ordinal), "unknown-code");
        var unknown = await visitor.Locator(".verification.not-found, .verification.malformed").CountAsync();

        Assert.Equal((CertificateTestData.KazakhName, certificate.Number), byLink);
        Assert.Equal(byLink, byForm);
        Assert.Equal(1, unknown);
    }

    private static async Task<(string Holder, string Number)> HolderAsync(IPage page)
    {
        var result = page.Locator(".verification.valid");
        return (await result.Locator("dd.holder").InnerTextAsync(), await result.Locator("dd").First.InnerTextAsync());
    }
}
