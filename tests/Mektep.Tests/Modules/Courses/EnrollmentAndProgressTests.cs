using System.Net;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Learning;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class EnrollmentAndProgressTests
{
    private const string LearnerEmail = "akim@mektep.test";

    [Theory, Providers]
    public async Task SelfEnroll_PostedTwice_KeepsOneEnrollment(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.Services.WithContentAsync(async content => await content.NewCourseAsync("Курс", [await content.NewLessonAsync("Сабақ")]));
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var page = await client.GetStringAsync($"/courses/{course.ContentItemId}");

        var first = await client.PostAsync($"/courses/{course.ContentItemId}", FormClientExtensions.Form(page, "enroll", []));
        var second = await client.PostAsync($"/courses/{course.ContentItemId}", FormClientExtensions.Form(page, "enroll", []));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await site.CountAsync<Enrollment>(e => e.UserId == userId));
        Assert.Contains("Continue", await client.GetStringAsync($"/courses/{course.ContentItemId}"));
    }

    [Theory, Providers]
    public async Task SelfEnroll_CourseWithoutSelfEnrollment_IsForbidden(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.Services.WithContentAsync(async content => await content.NewCourseAsync("Курс", [], selfEnrollment: false));
        await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);

        var page = await client.GetStringAsync($"/courses/{course.ContentItemId}");

        Assert.DoesNotContain(">Enroll<", page);
    }

    [Theory, Providers]
    public async Task MarkDone_PostedTwice_RecordsOneProgressRow(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Сабақ");
            return (await content.NewCourseAsync("Курс", [lesson, await content.NewLessonAsync("Екінші сабақ")]), lesson);
        });
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        await site.EnrollAsync(userId, course);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var url = $"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}";
        var page = await client.GetStringAsync(url);

        var first = await client.PostAsync(url, FormClientExtensions.Form(page, "mark-done", []));
        var second = await client.PostAsync(url, FormClientExtensions.Form(page, "mark-done", []));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await site.CountAsync<LessonProgress>(p => p.UserId == userId && p.DoneUtc != null));
        Assert.Contains("50% done", await client.GetStringAsync($"/courses/{course.ContentItemId}"));
    }

    [Theory, Providers]
    public async Task MarkDone_LearnerNotEnrolled_IsForbiddenAndRecordsNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Сабақ");
            return (await content.NewCourseAsync("Курс", [lesson]), lesson);
        });
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var url = $"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}";
        var page = await client.GetStringAsync(url);

        var response = await client.PostAsync(url, FormClientExtensions.Form(page, "mark-done", []));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await site.CountAsync<LessonProgress>(p => p.UserId == userId));
    }

    [Theory, Providers]
    public async Task Progress_LessonsDoneInKazakhAndRussian_CompletesTheCourseInBoth(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (courseKk, courseRu, lesson1Kk, lesson2Ru) = await site.Services.WithContentAsync(async content =>
        {
            var lesson1 = await content.NewLessonAsync("Бірінші сабақ");
            var lesson2 = await content.NewLessonAsync("Екінші сабақ");
            await content.TranslateAsync(lesson1, "ru", "Первый урок");
            var lesson2Ru = await content.TranslateAsync(lesson2, "ru", "Второй урок");
            var courseKk = await content.NewCourseAsync("Курс", [lesson1, lesson2]);
            var courseRu = await content.TranslateAsync(courseKk, "ru", "Курс по-русски");
            return (courseKk, courseRu, lesson1, lesson2Ru);
        });
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        await site.EnrollAsync(userId, courseKk);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);

        var kkUrl = $"/courses/{courseKk.ContentItemId}/lessons/{lesson1Kk.ContentItemId}";
        await client.PostAsync(kkUrl, FormClientExtensions.Form(await client.GetStringAsync(kkUrl), "mark-done", []));
        var ruUrl = $"/courses/{courseRu.ContentItemId}/lessons/{lesson2Ru.ContentItemId}";
        await client.PostAsync(ruUrl, FormClientExtensions.Form(await client.GetStringAsync(ruUrl), "mark-done", []));

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var enrollment = await db.Set<Enrollment>().SingleAsync(e => e.UserId == userId);
        var progress = await scope.ServiceProvider.GetRequiredService<LearningService>().GetProgressAsync(userId, courseRu);
        Assert.Equal(EnrollmentStatus.Completed, enrollment.Status);
        Assert.Equal(100, progress.Percent);
        Assert.Contains("100% done", await client.GetStringAsync($"/courses/{courseKk.ContentItemId}"));
    }

    [Theory, Providers]
    public async Task Completion_LastLessonDonePostedTwiceConcurrently_FiresOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, first, last) = await site.Services.WithContentAsync(async content =>
        {
            var first = await content.NewLessonAsync("Бірінші");
            var last = await content.NewLessonAsync("Соңғы");
            return (await content.NewCourseAsync("Курс", [first, last]), first, last);
        });
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        await site.EnrollAsync(userId, course);
        var handler = new CountingHandler();
        await MarkDoneAsync(site, handler, userId, course, first);

        var results = await Task.WhenAll(
            Task.Run(() => MarkDoneAsync(site, handler, userId, course, last)),
            Task.Run(() => MarkDoneAsync(site, handler, userId, course, last)));

        Assert.All(results, r => Assert.Equal(LessonResult.Recorded, r));
        Assert.Equal(1, handler.Calls);
        Assert.Equal(course.LocalizationSet, handler.Last!.CourseSet);
        Assert.Equal(2, await site.CountAsync<LessonProgress>(p => p.UserId == userId && p.DoneUtc != null));
    }

    [Theory, Providers]
    public async Task Completion_TwoLastLessonsDoneConcurrently_CompletesOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, first, second) = await site.Services.WithContentAsync(async content =>
        {
            var first = await content.NewLessonAsync("Бірінші");
            var second = await content.NewLessonAsync("Екінші");
            return (await content.NewCourseAsync("Курс", [first, second]), first, second);
        });
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        await site.EnrollAsync(userId, course);
        var handler = new CountingHandler();

        await Task.WhenAll(
            Task.Run(() => MarkDoneAsync(site, handler, userId, course, first)),
            Task.Run(() => MarkDoneAsync(site, handler, userId, course, second)));

        Assert.Equal(1, handler.Calls);
        Assert.Equal(1, await site.CountAsync<Enrollment>(e => e.UserId == userId && e.Status == EnrollmentStatus.Completed));
    }

    [Theory, Providers]
    public async Task LessonPage_DoneOnViewLesson_IsDoneWhenAnEnrolledLearnerOpensIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Бейне сабақ", mode: LessonCompletionMode.DoneOnView);
            return (await content.NewCourseAsync("Курс", [lesson, await content.NewLessonAsync("Келесі")]), lesson);
        });
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        await site.EnrollAsync(userId, course);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);

        await client.GetStringAsync($"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}");
        await client.GetStringAsync($"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}");

        Assert.Equal(1, await site.CountAsync<LessonProgress>(p => p.UserId == userId && p.DoneUtc != null));
    }

    private static async Task<LessonResult> MarkDoneAsync(SiteFactory site, CountingHandler handler, string userId, ContentItem course, ContentItem lesson)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var clock = TimeProvider.System;
        var evaluator = new CourseCompletionEvaluator(db, clock, [], [handler]);
        return await new LearningService(db, clock, new Lazy<CourseCompletionEvaluator>(() => evaluator), scope.ServiceProvider.GetRequiredService<LessonViewCache>()).MarkDoneAsync(userId, course, lesson);
    }

    private sealed class CountingHandler : ICourseCompletionHandler
    {
        private int _calls;

        public int Calls => _calls;

        public CourseCompletion? Last { get; private set; }

        public Task CompletedAsync(CourseCompletion completion, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            Last = completion;
            return Task.CompletedTask;
        }
    }
}
