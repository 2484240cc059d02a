using System.Net;
using Mektep.Data;
using Mektep.Engine.Localization;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

/// <summary>The enrollment, cohort, report and unenroll pages in Kazakh and Russian use no untranslated string.</summary>
public sealed class EnrollmentLocalizationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "kk")]
    [InlineData(DatabaseProvider.Sqlite, "ru")]
    [InlineData(DatabaseProvider.PostgreSql, "kk")]
    [InlineData(DatabaseProvider.PostgreSql, "ru")]
    public async Task EnrollmentPages_RenderedInCulture_UseNoUntranslatedString(DatabaseProvider provider, string culture)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var basics = await site.CourseAsync("Негіздер", lessons: 1);
        var course = await site.CourseAsync("Бюджет", alter: p => p.Prerequisites = [basics.LocalizationSet]);
        var learnerId = await site.LearnerAsync("akim@mektep.test", data.Ruzaevka, "Әкім");
        await site.AdminEnrollAsync(course, [learnerId]);
        var cohortId = await site.CohortAsync("Көктем");
        var admin = InCulture(await site.AdminClientAsync(), culture);
        var learner = InCulture(await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password), culture);
        var misses = site.Services.GetRequiredService<JsonStringLocalizerFactory>().Misses;
        misses.Clear();
        string[] adminPages =
        [
            $"/admin/courses/{course.ContentItemId}/enrollments?find=akim&status=all", $"/admin/courses/{course.ContentItemId}/report?all=true",
            $"/admin/cohorts/{cohortId}?find=akim", "/admin/cohorts", "/admin/courses",
        ];
        string[] learnerPages = [$"/courses/{course.ContentItemId}", $"/courses/{course.ContentItemId}/unenroll", "/my?left=true"];

        var statuses = new List<string>();
        foreach (var page in adminPages)
        {
            statuses.Add($"{page} {(int)(await admin.GetAsync(page)).StatusCode}");
        }

        foreach (var page in learnerPages)
        {
            statuses.Add($"{page} {(int)(await learner.GetAsync(page)).StatusCode}");
        }

        Assert.All(statuses, s => Assert.EndsWith(" 200", s));
        Assert.Empty(misses.Keys.Where(m => m.Culture == culture).Select(m => m.Key).Order());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/courses/{course.ContentItemId}/report.xlsx")).StatusCode);
    }

    private static HttpClient InCulture(HttpClient client, string culture)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }
}
