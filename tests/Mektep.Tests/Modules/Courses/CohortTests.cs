using System.Net;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class CohortTests
{
    [Theory, Providers]
    public async Task SaveCohort_EndBeforeStart_Returns422AndStoresNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync("/admin/cohorts/new", "cohort", new Dictionary<string, string>
        {
            ["Input.Name"] = "Көктем 2027",
            ["Input.Start"] = "2027-03-01",
            ["Input.End"] = "2027-02-01",
        });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("The end date is before the start date.", await response.Content.ReadAsStringAsync());
        Assert.Empty(await CohortsAsync(site));
    }

    [Theory, Providers]
    public async Task EnrollCohort_CourseWithoutDueDate_EnrollsMembersDueAtTheCohortEnd(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var first = await site.LearnerAsync("first@mektep.test", null);
        var second = await site.LearnerAsync("second@mektep.test", null);
        var admin = await site.AdminClientAsync();
        var created = await admin.PostFormAsync("/admin/cohorts/new", "cohort", new Dictionary<string, string>
        {
            ["Input.Name"] = "Көктем 2027",
            ["Input.Start"] = "2027-03-01",
            ["Input.End"] = "2027-05-31",
        });
        var cohortUrl = created.Headers.Location!.OriginalString.Split('?')[0];
        var added = await admin.PostFormAsync(cohortUrl, "members", new Dictionary<string, string>
        {
            ["MemberInput.Action"] = "csv",
            ["MemberInput.Csv"] = "first@mektep.test\nsecond@mektep.test\nstranger@mektep.test",
        });
        var addedHtml = await added.Content.ReadAsStringAsync();
        var cohortId = (await CohortsAsync(site)).Single().Id;
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";

        var response = await admin.PostFormAsync(url, "enroll", new Dictionary<string, string> { ["Input.Action"] = "confirm:cohort", ["Input.CohortId"] = cohortId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Added 2 people.", addedHtml);
        Assert.Contains("Line 3: nobody has the email stranger@mektep.test.", addedHtml);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var enrollments = await site.EnrollmentsAsync(course);
        Assert.Equal(new[] { first, second }.Order(), enrollments.Select(e => e.UserId).Order());
        Assert.All(enrollments, e => Assert.Equal((EnrollmentSources.Cohort, new DateTime(2027, 5, 31)), (e.Source, e.DueUtcOverride)));
    }

    [Theory, Providers]
    public async Task AddMembers_CohortForACourse_EnrollsTheNewMembersAndRemoveKeepsEnrollment(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет", alter: p => p.DueUtc = new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        var learner = await site.LearnerAsync("first@mektep.test", null, "Бірінші Оқушы");
        var admin = await site.AdminClientAsync();
        var created = await admin.PostFormAsync("/admin/cohorts/new", "cohort", new Dictionary<string, string>
        {
            ["Input.Name"] = "Көктем 2027",
            ["Input.Start"] = "2027-03-01",
            ["Input.End"] = "2027-05-31",
            ["Input.Courses"] = course.LocalizationSet,
        });
        var cohortUrl = created.Headers.Location!.OriginalString.Split('?')[0];

        var add = await admin.PostFormAsync(cohortUrl + "?find=Бірінші", "members", new Dictionary<string, string> { ["MemberInput.Action"] = "add", ["MemberInput.Add"] = learner });
        var remove = await admin.PostFormAsync(cohortUrl, "members", new Dictionary<string, string> { ["MemberInput.Action"] = $"remove:{learner}" });

        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        var enrollment = Assert.Single(await site.EnrollmentsAsync(course));
        Assert.Equal((learner, EnrollmentSources.Cohort, (DateTime?)null), (enrollment.UserId, enrollment.Source, enrollment.DueUtcOverride));
        Assert.DoesNotContain("first@mektep.test", await admin.GetStringAsync(cohortUrl));
    }

    private static async Task<List<Cohort>> CohortsAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Cohort>().AsNoTracking().ToListAsync();
    }
}
