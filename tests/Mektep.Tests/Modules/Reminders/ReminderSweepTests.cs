using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Reminders.Models;
using Mektep.Reminders.Services;
using Mektep.Security;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Reminders;

public sealed class ReminderSweepTests
{
    [Theory, Providers]
    public async Task Sweep_RunTwice_QueuesAndSendsEachReminderOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var ruleId = await site.OnlyRuleAsync(ReminderType.DueSoon, days: 7);
        var course = await site.CourseAsync("Ауыл бюджеті", alter: c => c.DueUtc = DateTime.UtcNow.AddDays(3));
        var learner = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [learner]);

        var first = await site.SweepAsync();
        var second = await site.SweepAsync();
        var sent = await site.SendAsync(first.Added.Single());
        var again = await site.SendAsync(first.Added.Single());

        Assert.Single(first.Added);
        Assert.Empty(second.Added);
        Assert.Equal(1, second.Owed);
        Assert.Equal(SendOutcome.Sent, sent);
        Assert.Equal(SendOutcome.AlreadyDone, again);
        var entry = Assert.Single(await site.LedgerAsync());
        Assert.Equal((ruleId, learner, course.LocalizationSet, ReminderStatus.Sent), (entry.RuleId, entry.UserId, entry.Subject, entry.Status));
        var mail = Assert.Single(await site.OutboxAsync());
        Assert.Equal(ReminderKinds.CourseDue, mail.Kind);
        Assert.Equal("akim@mektep.test", mail.ToAddress);
        Assert.Contains("Ауыл бюджеті", mail.Subject);
        Assert.Single(await site.NotificationsAsync(learner));
        Assert.Empty((await site.SweepAsync()).Added);
    }

    [Theory, Providers]
    public async Task Sweep_TwoAtOnce_LedgerKeepsOneRowPerReminder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.WeeklyDigest); // the welcome is off while they are enrolled (an import): the sweep catches up
        var course = await site.CourseAsync("Ауыл шаруашылығы кооперативтері");
        var learners = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            learners.Add(await site.CreateUserAsync($"akim{i}@mektep.test", StandardRoles.Learner));
        }

        await site.AdminEnrollAsync(course, learners);
        await site.OnlyRuleAsync(ReminderType.Welcome);

        var results = await Task.WhenAll(Task.Run(site.SweepAsync), Task.Run(site.SweepAsync));

        var ledger = await site.LedgerAsync();
        Assert.Equal(5, ledger.Count);
        Assert.Equal(learners.Order(), ledger.Select(e => e.UserId).Order());
        Assert.Equal(5, results.Sum(r => r.Added.Count));
    }

    [Theory, Providers]
    public async Task Send_TwoAtOnce_WritesOneMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.WeeklyDigest); // the welcome is off while they are enrolled (an import): the sweep catches up
        var course = await site.CourseAsync("Кооперативтер");
        var learner = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [learner]);
        await site.OnlyRuleAsync(ReminderType.Welcome);
        var id = (await site.SweepAsync()).Added.Single();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => site.SendAsync(id))));

        Assert.Equal(1, outcomes.Count(o => o == SendOutcome.Sent));
        Assert.All(outcomes.Where(o => o != SendOutcome.Sent), o => Assert.Equal(SendOutcome.AlreadyDone, o));
        Assert.Equal(ReminderKinds.Welcome, Assert.Single(await site.OutboxAsync()).Kind);
        Assert.Single(await site.NotificationsAsync(learner));
    }

    [Theory, Providers]
    public async Task Send_CourseCompletedAfterSweep_SkipsTheReminder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.Inactivity, days: 14);
        var course = await site.CourseAsync("Жер қатынастары");
        var idle = await site.CreateUserAsync("idle@mektep.test", StandardRoles.Learner);
        var fresh = await site.CreateUserAsync("fresh@mektep.test", StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [idle, fresh]);
        await site.AlterEnrollmentAsync(idle, course.LocalizationSet, e => e.EnrolledUtc = DateTime.UtcNow.AddDays(-20));
        var id = (await site.SweepAsync()).Added.Single();
        await site.AlterEnrollmentAsync(idle, course.LocalizationSet, e =>
        {
            e.Status = EnrollmentStatus.Completed;
            e.CompletedUtc = DateTime.UtcNow;
        });

        var outcome = await site.SendAsync(id);

        Assert.Equal(SendOutcome.Skipped, outcome);
        var entry = Assert.Single(await site.LedgerAsync());
        Assert.Equal((idle, ReminderStatus.Skipped), (entry.UserId, entry.Status));
        Assert.Empty(await site.OutboxAsync());
        Assert.Empty(await site.NotificationsAsync(idle));
    }

    [Theory, Providers]
    public async Task Sweep_LearnerWithOwnDueDate_IsRemindedByItNotTheCourses(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.DueSoon, days: 7);
        var course = await site.CourseAsync("Инвестициялық жобалар", alter: c => c.DueUtc = DateTime.UtcNow.AddDays(30));
        var extended = await site.CreateUserAsync("soon@mektep.test", StandardRoles.Learner);
        var other = await site.CreateUserAsync("later@mektep.test", StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [extended, other]);
        var own = DateTime.UtcNow.AddDays(2);
        await site.AlterEnrollmentAsync(extended, course.LocalizationSet, e => e.DueUtcOverride = own);

        var result = await site.SweepAsync();

        var entry = Assert.Single(await site.LedgerAsync());
        Assert.Equal(extended, entry.UserId);
        Assert.Equal("due-" + own.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture), entry.Period);
        Assert.Single(result.Added);
    }

    [Theory, Providers]
    public async Task Sweep_QuizFailedWithAttemptsLeft_RemindsOnlyThatLearner(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.QuizFailed);
        var quiz = await site.Services.NewQuizAsync("Бюджет тесті", part =>
        {
            part.AttemptsAllowed = 2;
            part.PassMarkPercent = 60;
        });
        var course = await site.CourseAsync("Бюджет", alter: c => c.Sections[0].Items.Add(new CourseOutlineItem { ItemSet = quiz.LocalizationSet, ContentType = QuizTypes.Quiz, Required = true }));
        var failedOnce = await site.CreateUserAsync("once@mektep.test", StandardRoles.Learner);
        var failedTwice = await site.CreateUserAsync("twice@mektep.test", StandardRoles.Learner);
        var passed = await site.CreateUserAsync("passed@mektep.test", StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [failedOnce, failedTwice, passed]);
        await AttemptsAsync(site, quiz.LocalizationSet, (failedOnce, 1, 40m), (failedTwice, 1, 30m), (failedTwice, 2, 50m), (passed, 1, 20m), (passed, 2, 90m));

        var first = await site.SweepAsync();
        var outcome = await site.SendAsync(first.Added.Single());

        var entry = Assert.Single(await site.LedgerAsync());
        Assert.Equal((failedOnce, quiz.LocalizationSet, "attempt-1"), (entry.UserId, entry.Subject, entry.Period));
        Assert.Equal(SendOutcome.Sent, outcome);
        var mail = Assert.Single(await site.OutboxAsync());
        Assert.Equal(ReminderKinds.QuizFailed, mail.Kind);
        Assert.Contains("40", mail.TextBody);
    }

    [Theory, Providers]
    public async Task Sweep_WeeklyDigest_GoesToEachCoordinatorOncePerWeek(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.WeeklyDigest, alter: r => r.InApp = false);
        var tree = await OrganisationTestData.CreateAsync(site);
        var coordinator = await site.CreateUserAsync("coordinator@mektep.test", StandardRoles.RegionalCoordinator);
        await OrganisationTestData.PlaceAsync(site, coordinator, null, tree.Akmola);
        var learner = await site.LearnerAsync("learner@mektep.test", tree.Ruzaevka);
        var course = await site.CourseAsync("Ауыл экономикасы");
        await site.AdminEnrollAsync(course, [learner]);

        var first = await site.SweepAsync();
        var second = await site.SweepAsync();
        await site.SendAsync(first.Added.Single());

        var entry = Assert.Single(await site.LedgerAsync());
        Assert.Equal((coordinator, $"region:{tree.Akmola}", ReminderCandidates.IsoWeek(DateTime.UtcNow)), (entry.UserId, entry.Subject, entry.Period));
        Assert.Empty(second.Added);
        var mail = Assert.Single(await site.OutboxAsync());
        Assert.Equal(ReminderKinds.WeeklyDigest, mail.Kind);
        Assert.Contains("1", mail.TextBody);
        Assert.Empty(await site.NotificationsAsync(coordinator));
    }

    [Theory, Providers]
    public async Task Send_RuleDisabledAfterSweep_SendsNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.WeeklyDigest); // the welcome is off while they are enrolled (an import): the sweep catches up
        var course = await site.CourseAsync("Салық");
        var learner = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);
        await site.AdminEnrollAsync(course, [learner]);
        var ruleId = await site.OnlyRuleAsync(ReminderType.Welcome);
        var id = (await site.SweepAsync()).Added.Single();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Set<ReminderRule>().Where(r => r.Id == ruleId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Enabled, false));
        }

        Assert.Equal(SendOutcome.Skipped, await site.SendAsync(id));
        Assert.Empty(await site.OutboxAsync());
    }

    private static async Task AttemptsAsync(SiteFactory site, string quizSet, params (string UserId, int Number, decimal Percent)[] attempts)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        foreach (var (userId, number, percent) in attempts)
        {
            db.Add(new QuizAttempt
            {
                UserId = userId,
                QuizSet = quizSet,
                Number = number,
                StartedUtc = DateTime.UtcNow.AddHours(-2),
                SubmittedUtc = DateTime.UtcNow.AddHours(-1),
                Status = AttemptStatus.Graded,
                Score = percent,
                MaxScore = 100,
                Percent = percent,
                Passed = percent >= 60,
            });
        }

        await db.SaveChangesAsync();
    }
}
