using System.Globalization;
using System.Text;
using Mektep.Data;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Courses;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>
/// An administrator's way in Chromium: imports learners from a CSV file (preview, then import), and once they have
/// completed the course issues their certificates in one go for their region (preview, then issue).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminImportAndIssueJourneyTests(BrowserFixture browser)
{
    private const string Csv = """
        name,email,phone,region,district,rural district,language
        Айгүл Сәрсенова,aigul@mektep.test,+77010000001,akmola,akm-zerenda,akm-zerenda-ruzaevka,kk
        Болат Жақсылықов,bolat@mektep.test,+77010000002,akmola,akm-zerenda,akm-zerenda-ruzaevka,ru
        Сәуле Омарова,saule@mektep.test,+77010000003,akmola,akm-zerenda,akm-zerenda-ruzaevka,kk
        Жолсыз жол,no-email,,akmola,,,kk
        """;

    [Theory, Providers]
    public async Task Admin_ImportsLearnersFromCsv_ThenIssuesCertificatesInBulkAfterPreview(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var organisation = await OrganisationTestData.CreateAsync(site);
        var course = await site.CourseAsync("Ауыл бюджеті", lessons: 1);
        await site.TemplateAsync(course, alter: part => part.IssueOnCompletion = false);
        var journey = new Journey("admin-import-issue", provider);
        var admin = await browser.NewPageAsync(site);
        await journey.SignInAsync(admin, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        await journey.GoAsync(admin, "/admin", "dashboard");

        await journey.FollowAsync(admin, admin.Locator("nav a[href='/admin/users']"), url => url.EndsWith("/admin/users", StringComparison.Ordinal), "users");
        await journey.FollowAsync(admin, admin.Locator("main a[href='/admin/users/import']"), url => url.EndsWith("/admin/users/import", StringComparison.Ordinal), "import");
        await admin.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "learners.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });
        await journey.FollowAsync(admin, admin.Locator("form:has(#import-file) button[type='submit']"), url => new Uri(url).AbsolutePath.StartsWith("/admin/users/import/", StringComparison.Ordinal), "import-preview");
        var previewed = await OutcomesAsync(admin.Locator("main table tbody tr"), "data-line", "data-outcome");
        await admin.Locator("form:has(input[name='_handler'][value='import-confirm']) button[type='submit']").ClickAsync();
        var imported = admin.Locator("main p.notice.ok[data-created]");
        await imported.WaitForAsync();
        await journey.SeeAsync(admin, "imported");
        var created = await imported.GetAttributeAsync("data-created");

        foreach (var email in new[] { "aigul@mektep.test", "bolat@mektep.test" })
        {
            var user = await OrganisationTestData.FindByEmailAsync(site, email);
            await site.AdminEnrollAsync(course, [user!.Id]);
            await site.MarkDoneAsync(user.Id, course, (await site.LessonsAsync(course))[0]);
        }

        await journey.FollowAsync(admin, admin.Locator("nav a[href='/admin/certificates/issue']"), url => url.EndsWith("/admin/certificates/issue", StringComparison.Ordinal), "issue");
        await admin.Locator("#issue-course").SelectOptionAsync(course.LocalizationSet);
        await admin.Locator("input[name='Input.Mode'][value='region']").CheckAsync();
        await admin.Locator("#issue-region").SelectOptionAsync(organisation.Akmola.ToString(CultureInfo.InvariantCulture));
        await admin.Locator("button[name='Input.Action'][value='preview']").ClickAsync();
        await admin.Locator("section.preview").WaitForAsync();
        await journey.SeeAsync(admin, "issue-preview");
        var preview = await OutcomesAsync(admin.Locator("section.preview tbody tr"), "data-user", "data-outcome");
        var beforeIssue = (await site.CertificatesAsync()).Count;
        await admin.Locator("button[name='Input.Action'][value='issue']").ClickAsync();
        var issued = admin.Locator("main p.notice.ok");
        await issued.WaitForAsync();
        await journey.SeeAsync(admin, "issued");
        var issuedText = await issued.InnerTextAsync();
        await journey.FollowAsync(admin, admin.Locator("main a[href='/admin/certificates']").First, url => url.EndsWith("/admin/certificates", StringComparison.Ordinal), "register");
        var register = await admin.Locator("main").InnerTextAsync();

        Assert.Equal(new Dictionary<string, string> { ["2"] = "create", ["3"] = "create", ["4"] = "create", ["5"] = "skip" }, previewed);
        Assert.Equal("3", created);
        Assert.Equal(organisation.Ruzaevka, (await OrganisationTestData.FindByEmailAsync(site, "saule@mektep.test"))?.RuralDistrictId);
        Assert.Equal(0, beforeIssue);
        Assert.Equal(3, preview.Count);
        Assert.NotEqual(preview["aigul@mektep.test"], preview["saule@mektep.test"]);
        Assert.Equal(preview["aigul@mektep.test"], preview["bolat@mektep.test"]);
        var certificates = await site.CertificatesAsync();
        Assert.Equal(2, certificates.Count);
        Assert.Contains("2", issuedText, StringComparison.Ordinal);
        Assert.All(certificates, c => Assert.Contains(c.Number, register, StringComparison.Ordinal));
    }

    private static async Task<Dictionary<string, string>> OutcomesAsync(ILocator rows, string key, string value)
    {
        var outcomes = new Dictionary<string, string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            outcomes[(await rows.Nth(i).GetAttributeAsync(key))!] = (await rows.Nth(i).GetAttributeAsync(value))!;
        }

        return outcomes;
    }
}
