using System.Net;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class OutlineAuthoringTests
{
    [Theory, Providers]
    public async Task OutlinePage_AddSectionAndLesson_SavesDraftAndKeepsPublishedOutline(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Жер қатынастары", publish: false);
            return (await content.NewCourseAsync("Жер туралы курс", []), lesson);
        });
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/outline";

        var addSection = await admin.PostAsync(url, FormClientExtensions.Form(await admin.GetStringAsync(url), "outline", new()
        {
            ["Input.Revision"] = course.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Sections[0].Id"] = "s1",
            ["Input.Sections[0].Title"] = "Кіріспе",
            ["Input.Action"] = "add-section",
        }));
        var page = await admin.GetStringAsync(url);
        var draft = await site.Services.WithContentAsync(content => content.GetAsync(course.ContentItemId, VersionOptions.Latest));
        var addLesson = await admin.PostAsync(url, FormClientExtensions.Form(page, "outline", new()
        {
            ["Input.Revision"] = draft!.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Sections[0].Id"] = "s1",
            ["Input.Sections[0].Title"] = "Кіріспе (жаңа)",
            ["Input.Sections[0].NewLesson"] = lesson.LocalizationSet,
            ["Input.Sections[1].Title"] = "Қорытынды",
            ["Input.Action"] = "add-lesson:0",
        }));

        Assert.Equal(HttpStatusCode.Redirect, addSection.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, addLesson.StatusCode);
        var latest = await site.Services.WithContentAsync(content => content.GetAsync(course.ContentItemId, VersionOptions.Latest));
        var published = await site.Services.WithContentAsync(content => content.GetAsync(course.ContentItemId, VersionOptions.Published));
        var sections = latest!.As<CoursePart>().Sections;
        Assert.False(latest.Published);
        Assert.Equal(["Кіріспе (жаңа)", "Қорытынды"], sections.Select(s => s.Title));
        Assert.Equal(lesson.LocalizationSet, Assert.Single(sections[0].Items).ItemSet);
        Assert.Equal(["Кіріспе"], published!.As<CoursePart>().Sections.Select(s => s.Title));
    }

    [Theory, Providers]
    public async Task OutlinePage_StaleRevision_IsRefusedWith422(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.Services.WithContentAsync(async content => await content.NewCourseAsync("Курс", []));
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/outline";
        var page = await admin.GetStringAsync(url);

        var response = await admin.PostAsync(url, FormClientExtensions.Form(page, "outline", new()
        {
            ["Input.Revision"] = (course.Revision - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Action"] = "add-section",
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Theory, Providers]
    public async Task OutlinePage_Learner_IsForbidden(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.Services.WithContentAsync(async content => await content.NewCourseAsync("Курс", []));
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);

        var asLearner = await learner.GetAsync($"/admin/courses/{course.ContentItemId}/outline");
        var asEditor = await editor.GetAsync($"/admin/courses/{course.ContentItemId}/outline");

        Assert.Equal(HttpStatusCode.Forbidden, asLearner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asEditor.StatusCode);
    }
}
