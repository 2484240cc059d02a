using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;

namespace Mektep.Tests.Browser;

/// <summary>A regional coordinator's way in Chromium: from the back office menu to a course's progress report, which shows only the people of their region.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CoordinatorReportJourneyTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task Coordinator_OpensProgressReport_SeesOnlyOwnRegion(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var organisation = await OrganisationTestData.CreateAsync(site);
        var course = await site.CourseAsync("Ауыл бюджеті");
        var akmola = await site.LearnerAsync("akmola@mektep.test", organisation.Ruzaevka, "Ақмола Оқушы");
        var abai = await site.LearnerAsync("abai@mektep.test", organisation.Kokpekty1, "Абай Оқушы");
        await site.AdminEnrollAsync(course, [akmola, abai]);
        await site.MarkDoneAsync(akmola, course, (await site.LessonsAsync(course))[0]);
        var coordinator = await site.CreateUserAsync("coordinator@mektep.test", StandardRoles.RegionalCoordinator, "Үйлестіруші Дана");
        await OrganisationTestData.PlaceAsync(site, coordinator, null, organisation.Akmola);
        var journey = new Journey("coordinator", provider);
        var page = await browser.NewPageAsync(site);
        await journey.SignInAsync(page, "coordinator@mektep.test");
        await journey.GoAsync(page, "/admin", "dashboard");
        var reportPath = $"/admin/courses/{course.ContentItemId}/report";

        await journey.FollowAsync(page, page.Locator("nav a[href='/admin/reports']"), url => url.EndsWith("/admin/reports", StringComparison.Ordinal), "reports");
        await journey.FollowAsync(page, page.Locator($"main a[href='{reportPath}']"), url => new Uri(url).AbsolutePath == reportPath, "course-report");
        var learners = await page.Locator("table.learners tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.user)");
        var regions = await page.Locator("#report-region option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        var summary = await page.Locator("table.summary").InnerTextAsync();
        await page.GotoAsync($"{reportPath}?region={organisation.Abai}");
        await journey.SeeAsync(page, "course-report-other-region");
        var forged = await page.Locator("table.learners tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.user)");

        Assert.Equal(["akmola@mektep.test"], learners);
        Assert.DoesNotContain(organisation.Abai.ToString(System.Globalization.CultureInfo.InvariantCulture), regions);
        Assert.Contains(organisation.Akmola.ToString(System.Globalization.CultureInfo.InvariantCulture), regions);
        Assert.Contains("Зеренд", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Көкпекті", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Кокпект", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("abai@mektep.test", forged);
    }
}
