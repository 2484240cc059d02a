using System.Net;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Email;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

/// <summary>
/// A signed-in reload of a lesson is answered from the page's kept shell and the viewer's slots. A rendered page carries
/// a request token made afresh for each render, so two answers that are equal byte for byte prove the second was not
/// rendered: it is the first one's markup, token included, put back together. The first of each pair is the page as
/// rendered for that person, with a shell kept from someone else's render, so anything of theirs that leaked into
/// the shell shows as a difference.
/// </summary>
public sealed class LessonPageShellTests
{
    [Theory, Providers]
    public async Task Reload_IsTheRenderedPage_ForEachViewer_AndStateChangesShow(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson, second, video, learnerId, editor, learner) = await CourseForTwoAsync(site);
        await NotifyAsync(site, learnerId);
        var url = $"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}";

        var editorPage = await editor.GetStringAsync(url);
        var rendered = await learner.GetAsync(url);
        var reloaded = await learner.GetAsync(url);
        var editorReload = await editor.GetStringAsync(url);
        var renderedHtml = await rendered.Content.ReadAsStringAsync();

        Assert.Contains("Айгүл Сәрсенова", editorPage);
        Assert.Contains("Болат Жақсылықов", renderedHtml);
        Assert.DoesNotContain("Айгүл", renderedHtml);
        Assert.DoesNotContain("href=\"/admin\"", renderedHtml);
        Assert.Matches("data-unread=\"[1-9]", renderedHtml);
        Assert.Contains($"<form method=\"post\" action=\"{url}\">", renderedHtml);
        Assert.Equal(renderedHtml, await reloaded.Content.ReadAsStringAsync());
        Assert.Equal(editorPage, editorReload);
        Assert.Equal(rendered.Headers.CacheControl, reloaded.Headers.CacheControl);
        Assert.Equal(rendered.Headers.Pragma, reloaded.Headers.Pragma);
        Assert.Equal(rendered.Content.Headers.ContentType, reloaded.Content.Headers.ContentType);
        Assert.Equal(1, await site.CountAsync<LessonProgress>(p => p.UserId == learnerId));

        // The next lesson's form, not yet done either, posts to that lesson.
        var secondUrl = $"/courses/{course.ContentItemId}/lessons/{second.ContentItemId}";
        var secondPage = await learner.GetStringAsync(secondUrl);
        Assert.Contains($"<form method=\"post\" action=\"{secondUrl}\">", secondPage);
        Assert.Equal(secondPage, await learner.GetStringAsync(secondUrl));

        // Marking the lesson done renders the page again (a done notice, no form) and the reload after it matches.
        var done = await learner.PostAsync(url, FormClientExtensions.Form(renderedHtml, "mark-done", []));
        var afterDone = await learner.GetStringAsync(url);
        var afterDoneReload = await learner.GetStringAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("lesson-done", afterDone);
        Assert.DoesNotContain("mark-done", afterDone);
        Assert.Equal(afterDone, afterDoneReload);

        // A lesson done on view: the first view finishes it, and its reload shows it done without a second write.
        var videoUrl = $"/courses/{course.ContentItemId}/lessons/{video.ContentItemId}";
        var videoPage = await learner.GetStringAsync(videoUrl);
        Assert.Contains("lesson-done", videoPage);
        Assert.Equal(videoPage, await learner.GetStringAsync(videoUrl));
        Assert.Equal(2, await site.CountAsync<LessonProgress>(p => p.UserId == learnerId && p.DoneUtc != null));
    }

    [Theory, Providers]
    public async Task FirstView_OfALessonSomeoneElseOpened_IsAnsweredFromItsShell_AndRecorded(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, opened, other, video, learnerId, editor, learner) = await CourseForTwoAsync(site);
        string Url(ContentItem lesson) => $"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}";
        await editor.GetStringAsync(Url(opened));
        await editor.GetStringAsync(Url(video));

        // The learner's first page renders: their session's token and header are not known yet.
        var token = SiteFactory.AntiforgeryToken(await learner.GetStringAsync(Url(other)));
        var openedPage = await learner.GetStringAsync(Url(opened));
        var videoPage = await learner.GetStringAsync(Url(video));

        // The same token as the rendered page's: a render would have made a new one.
        Assert.Equal(token, SiteFactory.AntiforgeryToken(openedPage));
        Assert.Equal(token, SiteFactory.AntiforgeryToken(videoPage));
        Assert.Contains("Болат Жақсылықов", openedPage);
        Assert.DoesNotContain("Айгүл", openedPage);
        Assert.Contains($"<form method=\"post\" action=\"{Url(opened)}\">", openedPage);
        Assert.Contains("lesson-done", videoPage);
        Assert.Equal(1, await site.CountAsync<LessonProgress>(p => p.UserId == learnerId && p.LessonSet == opened.LocalizationSet && p.DoneUtc == null));
        Assert.Equal(1, await site.CountAsync<LessonProgress>(p => p.UserId == learnerId && p.LessonSet == video.LocalizationSet && p.DoneUtc != null));
    }

    [Theory, Providers]
    public async Task Reload_AfterTheLessonIsRepublished_ShowsTheNewVersion(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (lesson, learner, url) = await OneLessonAsync(site, "Бірінші нұсқа");
        var first = await learner.GetStringAsync(url);
        Assert.Equal(first, await learner.GetStringAsync(url));

        await site.Services.WithContentAsync(async content =>
        {
            var latest = (await content.GetAsync(lesson.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = "Екінші нұсқа" });
            return await content.PublishAsync(await content.SaveDraftAsync(latest));
        });
        var republished = await learner.GetStringAsync(url);

        Assert.Contains("Бірінші нұсқа", first);
        Assert.Contains("Екінші нұсқа", republished);
        Assert.DoesNotContain("Бірінші нұсқа", republished);
    }

    [Theory, Providers]
    public async Task Reload_InAnotherLanguage_IsThatLanguagesPage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (_, learner, url) = await OneLessonAsync(site, "Сабақ");
        var kazakh = await GetInAsync(learner, url, "kk");
        Assert.Equal(kazakh, await GetInAsync(learner, url, "kk"));

        var english = await GetInAsync(learner, url, "en");

        Assert.Contains("<html lang=\"kk\"", kazakh);
        Assert.Contains("<html lang=\"en\"", english);
        Assert.Contains(">Mark as done<", english);
        Assert.Equal(english, await GetInAsync(learner, url, "en"));
    }

    /// <summary>
    /// A course of three lessons (the first with Markdown, the last done on view) and two people enrolled in it and
    /// signed in: an editor, who may open the back office, and a learner, with different names.
    /// </summary>
    private static async Task<(ContentItem Course, ContentItem First, ContentItem Second, ContentItem Video, string LearnerId, HttpClient Editor, HttpClient Learner)> CourseForTwoAsync(SiteFactory site)
    {
        var (course, first, second, video) = await site.Services.WithContentAsync(async content =>
        {
            var first = await content.NewLessonAsync("Бюджет негіздері", body: "Ауыл **бюджеті**");
            var second = await content.NewLessonAsync("Салықтар");
            var video = await content.NewLessonAsync("Бейне", mode: LessonCompletionMode.DoneOnView);
            return (await content.NewCourseAsync("Жергілікті бюджет", [first, second, video]), first, second, video);
        });
        var editorId = await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor, displayName: "Айгүл Сәрсенова");
        var learnerId = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner, displayName: "Болат Жақсылықов");
        await site.EnrollAsync(editorId, course);
        await site.EnrollAsync(learnerId, course);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        return (course, first, second, video, learnerId, editor, learner);
    }

    /// <summary>A course of one lesson, a learner enrolled in it and signed in, and the lesson's address.</summary>
    private static async Task<(ContentItem Lesson, HttpClient Learner, string Url)> OneLessonAsync(SiteFactory site, string title)
    {
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync(title);
            return (await content.NewCourseAsync("Курс", [lesson]), lesson);
        });
        var learnerId = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);
        await site.EnrollAsync(learnerId, course);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        return (lesson, learner, $"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}");
    }

    private static async Task<string> GetInAsync(HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task NotifyAsync(SiteFactory site, string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUserNotifications>().AddAsync(new UserNotificationMessage(userId, "test", "shell-test", "Жаңа курс", "Сізге жаңа курс тағайындалды", null));
        await scope.ServiceProvider.GetRequiredService<DbContext>().SaveChangesAsync();
    }
}
