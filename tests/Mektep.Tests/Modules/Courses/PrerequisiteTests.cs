using System.Net;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Courses;

public sealed class PrerequisiteTests
{
    [Theory, Providers]
    public async Task SelfEnroll_PrerequisiteNotCompleted_IsRefusedThenAllowedOnceCompleted(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var basics = await site.CourseAsync("Негіздер", lessons: 1);
        var advanced = await site.CourseAsync("Тереңдетілген", alter: p => p.Prerequisites = [basics.LocalizationSet]);
        var userId = await site.LearnerAsync("akim@mektep.test", null);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var url = $"/courses/{advanced.ContentItemId}";
        var before = await learner.GetStringAsync(url);

        var refused = await learner.PostAsync(url, FormClientExtensions.Form(before, "enroll", []));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        await site.AdminEnrollAsync(basics, [userId]);
        await site.MarkDoneAsync(userId, basics, (await site.LessonsAsync(basics))[0]);
        var after = await learner.GetStringAsync(url);
        var allowed = await learner.PostAsync(url, FormClientExtensions.Form(after, "enroll", []));

        Assert.Contains("Not completed yet", before);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Complete these courses first: Негіздер.", refusedHtml);
        Assert.Contains($"data-prerequisite=\"{basics.LocalizationSet}\"", after);
        Assert.DoesNotContain("Not completed yet", after);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(EnrollmentStatus.Active, Assert.Single(await site.EnrollmentsAsync(advanced)).Status);
    }

    [Theory, Providers]
    public async Task AdminEnroll_PrerequisiteNotCompleted_EnrollsAndSaysItDoesNotCheck(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var basics = await site.CourseAsync("Негіздер", lessons: 1);
        var advanced = await site.CourseAsync("Тереңдетілген", alter: p => p.Prerequisites = [basics.LocalizationSet]);
        var userId = await site.LearnerAsync("akim@mektep.test", null);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{advanced.ContentItemId}/enrollments";
        var page = await admin.GetStringAsync(url);

        var response = await admin.PostAsync(url, FormClientExtensions.Form(page, "enroll", new() { ["Input.Action"] = "confirm:person", ["Input.UserId"] = userId }));

        Assert.Contains("Enrollment by an administrator does not check them", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await site.EnrollmentsAsync(advanced));
    }

    [Theory, Providers]
    public async Task CourseEditor_OtherCourses_AreOfferedAsPrerequisitesButNotTheCourseItself(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var basics = await site.CourseAsync("Негіздер", lessons: 1);
        var advanced = await site.CourseAsync("Тереңдетілген");
        var admin = await site.AdminClientAsync();
        var editUrl = $"/admin/content/{advanced.ContentItemId}/edit";
        var page = await admin.GetStringAsync(editUrl);

        Assert.Contains($"value=\"{basics.LocalizationSet}\"", page);
        Assert.DoesNotContain($"<option value=\"{advanced.LocalizationSet}\"", page);
    }
}
