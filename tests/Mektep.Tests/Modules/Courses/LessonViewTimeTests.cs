using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class LessonViewTimeTests
{
    [Theory, Providers]
    public async Task ViewsCloserThanTheInterval_WriteNothing_ButTheirTimeCountsAtTheNextRecordedView(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var learner = await site.LearnerAsync("reader@mektep.test", ruralDistrictId: null);
        var course = await site.CourseAsync("Уақыт");
        await site.AdminEnrollAsync(course, [learner]);
        var lesson = (await site.LessonsAsync(course))[0];
        var clock = new ManualTimeProvider();

        await ViewAsync(site, clock, learner, course, lesson);
        clock.Advance(TimeSpan.FromSeconds(10));
        await ViewAsync(site, clock, learner, course, lesson); // a reload: nothing written
        var afterReload = await ProgressAsync(site, learner);
        clock.Advance(TimeSpan.FromSeconds(25));
        await ViewAsync(site, clock, learner, course, lesson);
        var afterNext = await ProgressAsync(site, learner);

        Assert.Equal(0, afterReload.SecondsSpent);
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), afterReload.LastViewedUtc);
        Assert.Equal(35, afterNext.SecondsSpent); // measured from the last recorded view: the reload's 10 s are kept
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 35, DateTimeKind.Utc), afterNext.LastViewedUtc);
    }

    [Theory, Providers]
    public async Task ALongGap_CountsAtMostTheCap(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var learner = await site.LearnerAsync("away@mektep.test", ruralDistrictId: null);
        var course = await site.CourseAsync("Үзіліс");
        await site.AdminEnrollAsync(course, [learner]);
        var lesson = (await site.LessonsAsync(course))[0];
        var clock = new ManualTimeProvider();

        await ViewAsync(site, clock, learner, course, lesson);
        clock.Advance(TimeSpan.FromDays(2));
        await ViewAsync(site, clock, learner, course, lesson);

        Assert.Equal((int)LearningService.MaxViewGap.TotalSeconds, (await ProgressAsync(site, learner)).SecondsSpent);
    }

    [Theory, Providers]
    public async Task AReloadInsideTheInterval_IsAnsweredWithoutTheDatabase_AndTheNextOneAfterItAsksAgain(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var learner = await site.LearnerAsync("reload@mektep.test", ruralDistrictId: null);
        var course = await site.CourseAsync("Қайта оқу");
        await site.AdminEnrollAsync(course, [learner]);
        var lesson = (await site.LessonsAsync(course))[0];
        var clock = new ManualTimeProvider();
        await ViewAsync(site, clock, learner, course, lesson);

        // The enrollment vanishes behind the service's back: only a view that asks the database can notice.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Enrollment>().Where(e => e.UserId == learner).ExecuteDeleteAsync();
        }

        clock.Advance(TimeSpan.FromSeconds(10));
        var reload = await RecordAsync(site, clock, learner, course, lesson);
        clock.Advance(LearningService.ViewRecordInterval);
        var later = await RecordAsync(site, clock, learner, course, lesson);

        Assert.Equal(LessonResult.Recorded, reload.Result);
        Assert.Equal(LessonResult.NotEnrolled, later.Result);
    }

    [Theory, Providers]
    public async Task Unenrolling_ForgetsWhatTheNodeRemembered_AtOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var byAdmin = await site.LearnerAsync("unenrolled@mektep.test", ruralDistrictId: null);
        var bySelf = await site.LearnerAsync("left@mektep.test", ruralDistrictId: null);
        var course = await site.CourseAsync("Шығу");
        await site.AdminEnrollAsync(course, [byAdmin, bySelf]);
        var lesson = (await site.LessonsAsync(course))[0];
        var clock = new ManualTimeProvider();
        await ViewAsync(site, clock, byAdmin, course, lesson);
        await ViewAsync(site, clock, bySelf, course, lesson);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<EnrollmentAdministration>().UnenrollAsync(course.LocalizationSet, byAdmin));
            await scope.ServiceProvider.GetRequiredService<LearningService>().UnenrollAsync(bySelf, course.LocalizationSet);
        }

        Assert.Equal(LessonResult.NotEnrolled, (await RecordAsync(site, clock, byAdmin, course, lesson)).Result);
        Assert.Equal(LessonResult.NotEnrolled, (await RecordAsync(site, clock, bySelf, course, lesson)).Result);
    }

    [Theory, Providers]
    public async Task MarkingDone_AfterARememberedView_ShowsDoneOnTheNextReload(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var learner = await site.LearnerAsync("finisher@mektep.test", ruralDistrictId: null);
        var course = await site.CourseAsync("Аяқтау");
        await site.AdminEnrollAsync(course, [learner]);
        var lesson = (await site.LessonsAsync(course))[0];
        var clock = new ManualTimeProvider();
        await ViewAsync(site, clock, learner, course, lesson);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var learning = ActivatorUtilities.CreateInstance<LearningService>(scope.ServiceProvider, clock);
            Assert.Equal(LessonResult.Recorded, await learning.MarkDoneAsync(learner, course, lesson));
        }

        var reload = await RecordAsync(site, clock, learner, course, lesson);

        Assert.Equal(LessonResult.Recorded, reload.Result);
        Assert.True(reload.Done);
    }

    private static async Task ViewAsync(SiteFactory site, TimeProvider clock, string learner, Mektep.Content.ContentItem course, Mektep.Content.ContentItem lesson)
    {
        var view = await RecordAsync(site, clock, learner, course, lesson);
        Assert.Equal(LessonResult.Recorded, view.Result);
        Assert.False(view.Done);
    }

    private static async Task<LessonView> RecordAsync(SiteFactory site, TimeProvider clock, string learner, Mektep.Content.ContentItem course, Mektep.Content.ContentItem lesson)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var learning = ActivatorUtilities.CreateInstance<LearningService>(scope.ServiceProvider, clock);
        return await learning.RecordViewAsync(learner, course, lesson, done: false);
    }

    private static async Task<LessonProgress> ProgressAsync(SiteFactory site, string learner)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<LessonProgress>().AsNoTracking().SingleAsync(p => p.UserId == learner);
    }
}
