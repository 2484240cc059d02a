using System.Net;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Courses;

public sealed class AdminEnrollmentTests
{
    [Theory, Providers]
    public async Task EnrollPerson_PreviewThenConfirm_EnrollsWithAdminSource(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Жер қатынастары", selfEnrollment: false);
        var userId = await site.LearnerAsync("aigerim@mektep.test", null, "Айгерім Сейітова");
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";
        var page = await admin.GetStringAsync(url + "?find=Айгерім");

        var preview = await admin.PostAsync(url, FormClientExtensions.Form(page, "enroll", new() { ["Input.Action"] = "preview:person", ["Input.UserId"] = userId }));
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var enrolledBeforeConfirm = await site.EnrollmentsAsync(course);
        var confirm = await admin.PostAsync(url, FormClientExtensions.Form(previewHtml, "enroll", new() { ["Input.Action"] = "confirm:person", ["Input.UserId"] = userId }));

        Assert.Contains("Айгерім Сейітова", page);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("1 will be enrolled; 0 are enrolled already.", previewHtml);
        Assert.Empty(enrolledBeforeConfirm);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var enrollment = Assert.Single(await site.EnrollmentsAsync(course));
        Assert.Equal((userId, EnrollmentSources.Admin, EnrollmentStatus.Active), (enrollment.UserId, enrollment.Source, enrollment.Status));
        Assert.Contains("aigerim@mektep.test", await admin.GetStringAsync(url));
    }

    [Theory, Providers]
    public async Task EnrollRegion_Confirmed_EnrollsOnlyThePeopleOfTheRegion(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var course = await site.CourseAsync("Бюджет");
        var inRegion = await site.LearnerAsync("akmola@mektep.test", data.Ruzaevka);
        var elsewhere = await site.LearnerAsync("abai@mektep.test", data.Kokpekty1);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";

        var response = await admin.PostAsync(url, FormClientExtensions.Form(await admin.GetStringAsync(url), "enroll", new() { ["Input.Action"] = "confirm:region", ["Input.RegionId"] = data.Akmola.ToString() }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var enrollment = Assert.Single(await site.EnrollmentsAsync(course));
        Assert.Equal(inRegion, enrollment.UserId);
        Assert.Equal(EnrollmentSources.Region, enrollment.Source);
        Assert.DoesNotContain(await site.EnrollmentsAsync(course), e => e.UserId == elsewhere);
    }

    [Theory, Providers]
    public async Task EnrollDistrict_AsCurriculumEditor_EnrollsThePeopleOfTheDistrict(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var course = await site.CourseAsync("Бюджет");
        var inDistrict = await site.LearnerAsync("zerenda@mektep.test", data.Ruzaevka);
        await site.LearnerAsync("abai@mektep.test", data.Kokpekty1);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";
        var page = await editor.GetStringAsync(url);

        var preview = await editor.PostAsync(url, FormClientExtensions.Form(page, "enroll", new() { ["Input.Action"] = "preview:district", ["Input.DistrictId"] = data.Zerenda.ToString() }));
        var confirm = await editor.PostAsync(url, FormClientExtensions.Form(page, "enroll", new() { ["Input.Action"] = "confirm:district", ["Input.DistrictId"] = data.Zerenda.ToString() }));

        Assert.Contains("zerenda@mektep.test", await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var enrollment = Assert.Single(await site.EnrollmentsAsync(course));
        Assert.Equal((inDistrict, EnrollmentSources.District), (enrollment.UserId, enrollment.Source));
    }

    [Theory, Providers]
    public async Task EnrollCsv_WithUnknownAndBadLines_PreviewNamesThemByLineAndConfirmEnrollsTheKnown(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var known = await site.LearnerAsync("known@mektep.test", null);
        var already = await site.LearnerAsync("already@mektep.test", null);
        await site.AdminEnrollAsync(course, [already]);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";
        const string Csv = "email\nKNOWN@mektep.test\nnobody@mektep.test\nnot an email\n\nalready@mektep.test\n";

        var preview = await admin.PostAsync(url, FormClientExtensions.Form(await admin.GetStringAsync(url), "enroll", new() { ["Input.Action"] = "preview:csv", ["Input.Csv"] = Csv }));
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        var confirm = await admin.PostAsync(url, FormClientExtensions.Form(html, "enroll", new() { ["Input.Action"] = "confirm:csv", ["Input.Csv"] = Csv }));

        Assert.Contains("1 will be enrolled; 1 are enrolled already.", html);
        Assert.Contains("Line 3: nobody has the email nobody@mektep.test.", html);
        Assert.Contains("Line 4: \"not an email\" is not an email.", html);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var enrollments = await site.EnrollmentsAsync(course);
        Assert.Equal([already, known], enrollments.Select(e => e.UserId));
        Assert.Equal(EnrollmentSources.Csv, enrollments.Single(e => e.UserId == known).Source);
    }

    [Theory, Providers]
    public async Task Enroll_SamePeopleTwice_AddsNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await site.LearnerAsync($"learner{i}@mektep.test", null));
        }

        var first = await site.AdminEnrollAsync(course, ids, EnrollmentSources.Region);
        var second = await site.AdminEnrollAsync(course, [.. ids, .. ids], EnrollmentSources.Region);

        Assert.Equal((30, 0, 0), (first.Added, first.Restored, first.Unchanged));
        Assert.Equal((0, 0, 30), (second.Added, second.Restored, second.Unchanged));
        Assert.Equal(30, (await site.EnrollmentsAsync(course)).Count);
    }

    [Theory, Providers]
    public async Task Unenroll_ByAdminThenEnrollAgain_KeepsHistoryAndRestoresProgress(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var lesson = (await site.LessonsAsync(course))[0];
        var userId = await site.LearnerAsync("akim@mektep.test", null);
        await site.AdminEnrollAsync(course, [userId]);
        await site.MarkDoneAsync(userId, course, lesson);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";
        var id = (await site.EnrollmentsAsync(course)).Single().Id;

        var unenroll = await admin.PostAsync(url, FormClientExtensions.Form(await admin.GetStringAsync(url), "rows", new() { ["RowInput.Action"] = $"unenroll:{id}" }));
        var afterUnenroll = (await site.EnrollmentsAsync(course)).Single();
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var myAfterUnenroll = await learner.GetStringAsync("/my");
        var unenrolledUrl = url + "?status=unenrolled";
        var restore = await admin.PostAsync(unenrolledUrl, FormClientExtensions.Form(await admin.GetStringAsync(unenrolledUrl), "rows", new() { ["RowInput.Action"] = $"restore:{id}" }));

        Assert.Equal(HttpStatusCode.OK, unenroll.StatusCode);
        Assert.Equal(EnrollmentStatus.Unenrolled, afterUnenroll.Status);
        Assert.NotNull(afterUnenroll.UnenrolledUtc);
        Assert.DoesNotContain("Бюджет", myAfterUnenroll);
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var restored = (await site.EnrollmentsAsync(course)).Single();
        Assert.Equal((id, EnrollmentStatus.Active), (restored.Id, restored.Status));
        Assert.Contains("50% done", await learner.GetStringAsync($"/courses/{course.ContentItemId}"));
    }

    [Theory, Providers]
    public async Task Unenroll_ByLearnerOnTheConfirmPage_KeepsProgressForASelfReEnrollment(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var lesson = (await site.LessonsAsync(course))[0];
        var userId = await site.LearnerAsync("akim@mektep.test", null);
        await site.AdminEnrollAsync(course, [userId]);
        await site.MarkDoneAsync(userId, course, lesson);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var confirmUrl = $"/courses/{course.ContentItemId}/unenroll";
        var coursePage = await learner.GetStringAsync($"/courses/{course.ContentItemId}");

        var response = await learner.PostAsync(confirmUrl, FormClientExtensions.Form(await learner.GetStringAsync(confirmUrl), "unenroll", []));
        var status = (await site.EnrollmentsAsync(course)).Single().Status;
        var page = await learner.GetStringAsync($"/courses/{course.ContentItemId}");
        await learner.PostAsync($"/courses/{course.ContentItemId}", FormClientExtensions.Form(page, "enroll", []));

        Assert.Contains(confirmUrl, coursePage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EnrollmentStatus.Unenrolled, status);
        Assert.Contains("50% done", await learner.GetStringAsync($"/courses/{course.ContentItemId}"));
    }

    [Theory, Providers]
    public async Task DueOverride_SetByAdmin_ShowsOnMyLearningAndTheCoursePage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var userId = await site.LearnerAsync("akim@mektep.test", null);
        await site.AdminEnrollAsync(course, [userId]);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/enrollments";
        var id = (await site.EnrollmentsAsync(course)).Single().Id;
        var due = DateTime.UtcNow.Date.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var before = await learner.GetStringAsync("/my");

        var response = await admin.PostAsync(url, FormClientExtensions.Form(await admin.GetStringAsync(url), "rows", new() { ["RowInput.Action"] = $"due:{id}", [$"due-{id}"] = due }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Due soon", before);
        var my = await learner.GetStringAsync("/my");
        Assert.Contains("Due soon", my);
        Assert.Contains($"datetime=\"{due}\"", my);
        Assert.Contains($"Your due date: <time datetime=\"{due}\"", await learner.GetStringAsync($"/courses/{course.ContentItemId}"));
        Assert.Equal(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture), (await site.EnrollmentsAsync(course)).Single().DueUtcOverride);
    }

    [Theory, Providers]
    public async Task EnrollmentForms_PostedWithoutAntiforgeryToken_AreRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бюджет");
        var userId = await site.LearnerAsync("akim@mektep.test", null);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostAsync($"/admin/courses/{course.ContentItemId}/enrollments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "enroll",
            ["Input.Action"] = "confirm:person",
            ["Input.UserId"] = userId,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await site.EnrollmentsAsync(course));
    }
}
