using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Engine.Audit;
using Mektep.Learning;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes.Services;

public sealed class RegraderTests
{
    [Theory, Providers]
    public async Task RegradeQuiz_AfterTheKeyIsFixed_TheLearnerPassesAndTheCourseCompletes(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var course = await site.Services.WithContentAsync(async content =>
        {
            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "kk";
            course.Apply(new TitlePart { Title = "Емтихан курсы" });
            course.Apply(new CoursePart
            {
                SelfEnrollment = true,
                CompletionRule = CompletionRule.AllRequiredLessonsAndQuizzes,
                Sections = [new CourseSection { Id = "s1", Title = "Бөлім", Items = [new CourseOutlineItem { ItemSet = quiz.LocalizationSet, ContentType = QuizTypes.Quiz }] }],
            });
            return await content.CreateAsync(course, publish: true);
        });
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LearningService>().EnrollAsync(userId, course.LocalizationSet, EnrollmentSources.Self);
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var chosen = QuizTestData.SnapshotOf(attempt!).Questions[0].WrongOption();
        await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [chosen] });
        var fixedData = QuizTestData.Single();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBank>();
        var stored = QuizJson.Question((await bank.GetAsync(single.Id))!.Data);
        foreach (var option in stored.Options)
        {
            option.Correct = option.Id == chosen;
        }

        Assert.True(await bank.UpdateAsync(single.Id, single.Version, stored, null, "test"));
        var before = await attempts.StandingAsync(userId, quiz);

        var results = await scope.ServiceProvider.GetRequiredService<Regrader>().RegradeQuizAsync(quiz.LocalizationSet);

        var result = Assert.Single(results);
        Assert.Equal(1, result.QuestionsUpdated);
        Assert.Equal(0m, result.PercentBefore);
        Assert.Equal(100m, result.PercentAfter);
        Assert.False(before.Passed);
        var after = await attempts.StandingAsync(userId, quiz);
        Assert.True(after.Passed);
        Assert.Equal(100m, after.Grade);
        var regraded = await attempts.GetAsync(userId, attempt.Id);
        Assert.Equal(2, QuizTestData.SnapshotOf(regraded!).Questions[0].Version);
        var enrollment = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Enrollment>().AsNoTracking()
            .SingleAsync(e => e.UserId == userId && e.CourseSet == course.LocalizationSet);
        Assert.Equal(EnrollmentStatus.Completed, enrollment.Status);
        var events = (await scope.ServiceProvider.GetRequiredService<AuditTrail>().SearchAsync(new AuditSearch(Category: Regrader.AuditCategory, Action: Regrader.AuditAction))).Events;
        Assert.Equal(attempt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(events).SubjectId);
    }

    [Theory, Providers]
    public async Task RegradeQuiz_AfterTheKeyIsFixed_QueuesOneQuizGradedDeliveryPerChangedAttempt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var endpoint = await WebhookTests.AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/grades", [LearningEventKinds.QuizGraded]);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        await using var scope = site.Services.CreateAsyncScope();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBank>();
        var options = QuizJson.Question((await bank.GetAsync(single.Id))!.Data).Options;
        var (wasRight, nowRight, stillWrong) = (options[0].Id, options[1].Id, options[2].Id);
        var attempts = scope.ServiceProvider.Attempts();
        var attemptIds = new Dictionary<string, long>();
        foreach (var (email, chosen) in new[] { ("fails@mektep.test", wasRight), ("passes@mektep.test", nowRight), ("same@mektep.test", stillWrong) })
        {
            var userId = await site.LearnerAsync(email);
            var (_, attempt) = await attempts.StartAsync(userId, quiz);
            await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [chosen] });
            attemptIds[chosen] = attempt.Id;
        }

        var afterSubmits = await WebhookTests.DeliveriesAsync(site);
        var stored = QuizJson.Question((await bank.GetAsync(single.Id))!.Data);
        foreach (var option in stored.Options)
        {
            option.Correct = option.Id == nowRight;
        }

        Assert.True(await bank.UpdateAsync(single.Id, single.Version, stored, null, "test"));
        var regrader = scope.ServiceProvider.GetRequiredService<Regrader>();

        var results = await regrader.RegradeQuizAsync(quiz.LocalizationSet);
        var afterRegrade = await WebhookTests.DeliveriesAsync(site);
        var again = await regrader.RegradeQuizAsync(quiz.LocalizationSet);
        var afterSecondRegrade = await WebhookTests.DeliveriesAsync(site);

        Assert.Equal(3, afterSubmits.Count);
        Assert.Equal(3, results.Count);
        Assert.Equal(3, again.Count);
        var queued = afterRegrade.Where(d => afterSubmits.All(s => s.Id != d.Id)).ToList();
        Assert.Equal(2, queued.Count);
        Assert.All(queued, d => Assert.Equal((endpoint, LearningEventKinds.QuizGraded), (d.EndpointId, d.Kind)));
        var byAttempt = queued.Select(WebhookTests.PayloadData).ToDictionary(d => d["attempt_id"]!);
        var failed = byAttempt[Id(attemptIds[wasRight])];
        Assert.Equal(("0", "false"), (failed["percent"], failed["passed"]));
        var passed = byAttempt[Id(attemptIds[nowRight])];
        Assert.Equal(("100", "true"), (passed["percent"], passed["passed"]));
        Assert.DoesNotContain(Id(attemptIds[stillWrong]), byAttempt.Keys);
        Assert.Equal(afterRegrade.Select(d => d.Id), afterSecondRegrade.Select(d => d.Id));
    }

    [Theory, Providers]
    public async Task Regrade_GradedEssay_KeepsTheEditorsMarksCappedAtTheNewMarks(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var essay = await site.Services.AddQuestionAsync(QuizTestData.Essay());
        var quiz = await site.Services.NewQuizAsync(essay);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [essay.Id] = ["Жоба туралы мәтін"] });
        await attempts.GradeEssayAsync(attempt.Id, essay.Id, 3, "Жақсы", "editor");
        var data = QuizTestData.Essay();
        data.Points = 2;
        Assert.True(await scope.ServiceProvider.GetRequiredService<QuestionBank>().UpdateAsync(essay.Id, essay.Version, data, null, "test"));

        var result = await scope.ServiceProvider.GetRequiredService<Regrader>().RegradeAsync(attempt.Id);

        Assert.Equal(75m, result!.PercentBefore);
        Assert.Equal(100m, result.PercentAfter);
        var answer = (await attempts.AnswersAsync(attempt.Id))[essay.Id];
        Assert.Equal(2m, answer.Score);
        Assert.Equal("Жақсы", answer.Feedback);
        var stored = await attempts.GetForEditorAsync(attempt.Id);
        Assert.Equal(2m, stored!.MaxScore);
        Assert.Equal(AttemptStatus.Graded, stored.Status);
    }

    [Theory, Providers]
    public async Task Regrade_AttemptInProgress_IsLeftAlone(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var (_, attempt) = await scope.ServiceProvider.Attempts().StartAsync(userId, quiz);
        var regrader = scope.ServiceProvider.GetRequiredService<Regrader>();

        var one = await regrader.RegradeAsync(attempt!.Id);
        var all = await regrader.RegradeQuizAsync(quiz.LocalizationSet);

        Assert.Null(one);
        Assert.Empty(all);
        Assert.Equal(AttemptStatus.InProgress, (await scope.ServiceProvider.Attempts().GetForEditorAsync(attempt.Id))!.Status);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
