using System.Globalization;
using System.Net;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;

namespace Mektep.Tests.Modules.Quizzes;

public sealed class QuizInCourseTests
{
    [Theory, Providers]
    public async Task OutlinePage_AddQuiz_PutsItInTheOutlineAndTheCoursePageLinksIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await site.Services.NewQuizAsync("Қорытынды емтихан", part => part.PassMarkPercent = 70);
        var course = await site.Services.WithContentAsync(async content => await content.NewCourseAsync("Курс", [await content.NewLessonAsync("Сабақ")]));
        var admin = await site.AdminClientAsync();
        var url = $"/admin/courses/{course.ContentItemId}/outline";
        var page = await admin.GetStringAsync(url);
        var stored = course.As<CoursePart>().Sections[0];

        var response = await admin.PostAsync(url, FormClientExtensions.Form(page, "outline", new()
        {
            ["Input.Revision"] = course.Revision.ToString(CultureInfo.InvariantCulture),
            ["Input.Sections[0].Id"] = stored.Id,
            ["Input.Sections[0].Title"] = stored.Title,
            ["Input.Sections[0].Items[0].ItemSet"] = stored.Items[0].ItemSet,
            ["Input.Sections[0].Items[0].Required"] = "true",
            ["Input.Sections[0].NewItem"] = $"{QuizTypes.Quiz}:{quiz.LocalizationSet}",
            ["Input.Action"] = "add-item:0",
        }));
        var draft = await site.Services.WithContentAsync(content => content.GetAsync(course.ContentItemId, VersionOptions.Latest));
        await site.Services.WithContentAsync(content => content.PublishAsync(draft!));
        var coursePage = await site.NewClient().GetStringAsync($"/courses/{course.ContentItemId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Қорытынды емтихан", page);
        var items = draft!.As<CoursePart>().Sections[0].Items;
        Assert.Equal([CourseTypes.Lesson, QuizTypes.Quiz], items.Select(i => i.ContentType));
        Assert.Contains($"href=\"/quizzes/{quiz.ContentItemId}\"", coursePage);
        Assert.Contains("Қорытынды емтихан", await admin.GetStringAsync(url));
    }
}
