using Mektep.Data;
using Mektep.Learning;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes.Services;

public sealed class AttemptServiceTests
{
    [Theory, Providers]
    public async Task Submit_RightAnswers_GradesAndPasses(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var numeric = await site.Services.AddQuestionAsync(QuizTestData.Numeric());
        var quiz = await site.Services.NewQuizAsync(single, numeric);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var snapshot = QuizTestData.SnapshotOf(attempt!);
        var answers = new Dictionary<long, List<string>>
        {
            [single.Id] = [snapshot.Questions.First(q => q.QuestionId == single.Id).CorrectOption()],
            [numeric.Id] = ["7 319,5 т"],
        };

        var outcome = await attempts.SubmitAsync(userId, attempt!.Id, answers);

        Assert.Equal(AttemptOutcome.Ok, outcome);
        var stored = await attempts.GetAsync(userId, attempt.Id);
        Assert.Equal(AttemptStatus.Graded, stored!.Status);
        Assert.Equal(100m, stored.Percent);
        Assert.True(stored.Passed);
    }

    [Theory, Providers]
    public async Task Save_SameAnswerTwice_KeepsOneRow(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var answer = new Dictionary<long, List<string>> { [single.Id] = [QuizTestData.SnapshotOf(attempt!).Questions[0].WrongOption()] };

        var first = await attempts.SaveAsync(userId, attempt!.Id, answer);
        var second = await attempts.SaveAsync(userId, attempt.Id, answer);

        Assert.Equal(AttemptOutcome.Ok, first);
        Assert.Equal(AttemptOutcome.Ok, second);
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        Assert.Equal(1, await db.Set<AttemptAnswer>().CountAsync(a => a.AttemptId == attempt.Id));
    }

    [Theory, Providers]
    public async Task Save_UnchangedAnswer_KeepsItsSavedTime_AChangedOneTakesTheNew(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var userId = await site.LearnerAsync();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts(clock);
        var (_, started) = await attempts.StartAsync(userId, quiz);
        var attempt = started!;
        var question = QuizTestData.SnapshotOf(attempt).Questions[0];
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        async Task<AttemptAnswer> StoredAsync() => await db.Set<AttemptAnswer>().AsNoTracking().SingleAsync(a => a.AttemptId == attempt.Id);

        await attempts.SaveAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [single.Id] = [question.WrongOption()] });
        var given = await StoredAsync();
        clock.Advance(TimeSpan.FromMinutes(3));
        var again = await attempts.SaveAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [single.Id] = [question.WrongOption()] });
        var unchanged = await StoredAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        await attempts.SaveAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [single.Id] = [question.CorrectOption()] });
        var changed = await StoredAsync();

        Assert.Equal(AttemptOutcome.Ok, again);
        Assert.Equal(given.SavedUtc, unchanged.SavedUtc);
        Assert.Equal(given.Response, unchanged.Response);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, changed.SavedUtc, TimeSpan.FromMilliseconds(1));
        Assert.NotEqual(given.Response, changed.Response);
    }

    [Theory, Providers]
    public async Task Start_Twice_ContinuesTheSameAttempt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await site.Services.NewQuizAsync(await site.Services.AddQuestionAsync(QuizTestData.Single()));
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();

        var (_, first) = await attempts.StartAsync(userId, quiz);
        var (_, second) = await attempts.StartAsync(userId, quiz);

        Assert.Equal(first!.Id, second!.Id);
    }

    [Theory, Providers]
    public async Task Start_AfterBankEdit_AttemptKeepsItsSnapshot(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Single("Бастапқы сұрақ"));
        var quiz = await site.Services.NewQuizAsync(question);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var correct = QuizTestData.SnapshotOf(attempt!).Questions[0].CorrectOption();

        var edited = QuizTestData.Single("Өзгертілген сұрақ");
        edited.Options = [new QuestionOption { Text = LocalizedText.Of("kk", "Жаңа"), Correct = true }, new QuestionOption { Text = LocalizedText.Of("kk", "Басқа") }];
        Assert.True(await scope.ServiceProvider.GetRequiredService<QuestionBank>().UpdateAsync(question.Id, question.Version, edited, null, ""));
        var outcome = await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [question.Id] = [correct] });

        Assert.Equal(AttemptOutcome.Ok, outcome);
        var stored = await attempts.GetAsync(userId, attempt.Id);
        Assert.Equal("Бастапқы сұрақ", QuizTestData.SnapshotOf(stored!).Questions[0].Data.Stem.For("kk"));
        Assert.Equal(100m, stored!.Percent);
    }

    [Theory, Providers]
    public async Task Save_ForgedQuestionOrOptionOrOversized_IsRefusedAndSavesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var other = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var shortText = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(single, shortText);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);

        var forgedQuestion = await attempts.SaveAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [other.Id] = [QuizTestData.SecretAnswer] });
        var forgedOption = await attempts.SaveAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [single.Id] = ["notanoption"] });
        var oversized = await attempts.SaveAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [shortText.Id] = [new string('ж', 501)] });
        var mixed = await attempts.SaveAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [shortText.Id] = ["жарамды"], [single.Id] = ["notanoption"] });

        Assert.Equal(AttemptOutcome.UnknownQuestion, forgedQuestion);
        Assert.Equal(AttemptOutcome.UnknownOption, forgedOption);
        Assert.Equal(AttemptOutcome.TooLong, oversized);
        Assert.Equal(AttemptOutcome.UnknownOption, mixed);
        Assert.Empty(await attempts.AnswersAsync(attempt.Id));
    }

    [Theory, Providers]
    public async Task Submit_AnotherLearnersAttempt_IsNotFoundAndChangesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var owner = await site.LearnerAsync();
        var intruder = await site.LearnerAsync("other@mektep.test");
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(owner, quiz);

        var saved = await attempts.SaveAsync(intruder, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [QuizTestData.SnapshotOf(attempt).Questions[0].CorrectOption()] });
        var submitted = await attempts.SubmitAsync(intruder, attempt.Id);

        Assert.Equal(AttemptOutcome.NotFound, saved);
        Assert.Equal(AttemptOutcome.NotFound, submitted);
        Assert.Equal(AttemptStatus.InProgress, (await attempts.GetAsync(owner, attempt.Id))!.Status);
        Assert.Empty(await attempts.AnswersAsync(attempt.Id));
    }

    [Theory, Providers]
    public async Task Submit_Twice_SecondIsRefusedAndScoreStays(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var question = QuizTestData.SnapshotOf(attempt!).Questions[0];
        await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [question.WrongOption()] });

        var second = await attempts.SubmitAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [single.Id] = [question.CorrectOption()] });

        Assert.Equal(AttemptOutcome.AlreadySubmitted, second);
        Assert.Equal(0m, (await attempts.GetAsync(userId, attempt.Id))!.Percent);
    }

    [Theory, Providers]
    public async Task Submit_TwoAtOnce_GradesOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var userId = await site.LearnerAsync();
        long attemptId;
        await using (var setup = site.Services.CreateAsyncScope())
        {
            var (_, attempt) = await setup.ServiceProvider.Attempts().StartAsync(userId, quiz);
            attemptId = attempt!.Id;
        }

        async Task<AttemptOutcome> SubmitAsync()
        {
            await using var scope = site.Services.CreateAsyncScope();
            return await scope.ServiceProvider.Attempts().SubmitAsync(userId, attemptId);
        }

        var outcomes = await Task.WhenAll(SubmitAsync(), SubmitAsync());

        Assert.Equal(1, outcomes.Count(o => o == AttemptOutcome.Ok));
        Assert.Equal(1, outcomes.Count(o => o == AttemptOutcome.AlreadySubmitted));
        await using var check = site.Services.CreateAsyncScope();
        var answers = await check.ServiceProvider.GetRequiredService<DbContext>().Set<AttemptAnswer>().CountAsync(a => a.AttemptId == attemptId);
        Assert.Equal(1, answers);
    }

    [Theory, Providers]
    public async Task Submit_AfterDeadlineAndGrace_IsRefusedAndGradedAsOfTheDeadline(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync("Уақытпен", part => { part.FixedQuestionIds = [single.Id]; part.TimeLimitMinutes = 10; });
        var userId = await site.LearnerAsync();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts(clock);
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var question = QuizTestData.SnapshotOf(attempt!).Questions[0];
        await attempts.SaveAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [question.WrongOption()] });

        clock.Advance(TimeSpan.FromMinutes(10) + AttemptService.Grace + TimeSpan.FromSeconds(1));
        var late = await attempts.SubmitAsync(userId, attempt.Id, new Dictionary<long, List<string>> { [single.Id] = [question.CorrectOption()] });

        Assert.Equal(AttemptOutcome.PastDeadline, late);
        var stored = await attempts.GetAsync(userId, attempt.Id);
        Assert.Equal(AttemptStatus.Graded, stored!.Status);
        Assert.Equal(stored.DeadlineUtc, stored.SubmittedUtc);
        Assert.Equal(0m, stored.Percent);
    }

    [Theory, Providers]
    public async Task Save_WithinGraceAfterDeadline_IsAccepted(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync("Уақытпен", part => { part.FixedQuestionIds = [single.Id]; part.TimeLimitMinutes = 5; });
        var userId = await site.LearnerAsync();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts(clock);
        var (_, attempt) = await attempts.StartAsync(userId, quiz);

        clock.Advance(TimeSpan.FromMinutes(5) + AttemptService.Grace - TimeSpan.FromSeconds(1));
        var outcome = await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [QuizTestData.SnapshotOf(attempt).Questions[0].CorrectOption()] });

        Assert.Equal(AttemptOutcome.Ok, outcome);
    }

    [Theory, Providers]
    public async Task Start_AttemptsUsedUpOrCoolingDownOrOutsideWindow_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var now = DateTimeOffset.UtcNow;
        var limited = await site.Services.NewQuizAsync("Бір рет", part => { part.FixedQuestionIds = [single.Id]; part.AttemptsAllowed = 1; });
        var cooling = await site.Services.NewQuizAsync("Күту", part => { part.FixedQuestionIds = [single.Id]; part.CooldownMinutes = 60; });
        var notOpen = await site.Services.NewQuizAsync("Ертең", part => { part.FixedQuestionIds = [single.Id]; part.OpensUtc = now.UtcDateTime.AddDays(1); });
        var closed = await site.Services.NewQuizAsync("Кеше", part => { part.FixedQuestionIds = [single.Id]; part.ClosesUtc = now.UtcDateTime.AddDays(-1); });
        var userId = await site.LearnerAsync();
        var clock = new ManualTimeProvider(now);
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts(clock);
        foreach (var quiz in new[] { limited, cooling })
        {
            var (_, attempt) = await attempts.StartAsync(userId, quiz);
            await attempts.SubmitAsync(userId, attempt!.Id);
        }

        var (noneLeft, _) = await attempts.StartAsync(userId, limited);
        var (waiting, _) = await attempts.StartAsync(userId, cooling);
        var (early, _) = await attempts.StartAsync(userId, notOpen);
        var (late, _) = await attempts.StartAsync(userId, closed);
        clock.Advance(TimeSpan.FromMinutes(61));
        var (afterCooldown, again) = await attempts.StartAsync(userId, cooling);

        Assert.Equal(AttemptOutcome.NoAttemptsLeft, noneLeft);
        Assert.Equal(AttemptOutcome.CoolingDown, waiting);
        Assert.Equal(AttemptOutcome.NotOpenYet, early);
        Assert.Equal(AttemptOutcome.Closed, late);
        Assert.Equal(AttemptOutcome.Ok, afterCooldown);
        Assert.Equal(2, again!.Number);
    }

    [Theory, Providers]
    public async Task Start_DrawRules_DrawFromTheCategory(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        long categoryId;
        await using (var setup = site.Services.CreateAsyncScope())
        {
            categoryId = (await setup.ServiceProvider.GetRequiredService<QuestionBank>().AddCategoryAsync("Бюджет")).Id;
        }

        var fixedQuestion = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var pool = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            pool.Add((await site.Services.AddQuestionAsync(QuizTestData.Single($"Сұрақ {i}"), categoryId)).Id);
        }

        var quiz = await site.Services.NewQuizAsync("Кездейсоқ", part =>
        {
            part.FixedQuestionIds = [fixedQuestion.Id];
            part.DrawRules = [new DrawRule { CategoryId = categoryId, Count = 3 }];
            part.ShuffleQuestions = true;
            part.ShuffleOptions = true;
        });
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();

        var (_, attempt) = await scope.ServiceProvider.Attempts().StartAsync(userId, quiz);

        var ids = QuizTestData.SnapshotOf(attempt!).Questions.Select(q => q.QuestionId).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Contains(fixedQuestion.Id, ids);
        Assert.Equal(3, ids.Count(pool.Contains));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory, Providers]
    public async Task Submit_Essay_AwaitsGradingUntilAnEditorGradesIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var essay = await site.Services.AddQuestionAsync(QuizTestData.Essay());
        var quiz = await site.Services.NewQuizAsync(single, essay);
        var userId = await site.LearnerAsync();
        var adminId = await site.AdminIdAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var snapshot = QuizTestData.SnapshotOf(attempt!);
        await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>>
        {
            [single.Id] = [snapshot.Questions.First(q => q.QuestionId == single.Id).CorrectOption()],
            [essay.Id] = ["Ауылда сүт өңдеу цехын ашамыз: 1 200 т/жыл."],
        });
        var waiting = await attempts.GetAsync(userId, attempt.Id);
        var queue = await attempts.AwaitingGradingAsync();

        var graded = await attempts.GradeEssayAsync(attempt.Id, essay.Id, 3, "Жақсы, бірақ шығындар жоқ.", adminId);

        Assert.Equal(AttemptStatus.AwaitingGrading, waiting!.Status);
        Assert.Contains(waiting.Id, queue.Select(a => a.Id));
        Assert.True(graded);
        var stored = await attempts.GetAsync(userId, attempt.Id);
        Assert.Equal(AttemptStatus.Graded, stored!.Status);
        Assert.Equal(4m, stored.Score);
        Assert.Equal(80m, stored.Percent);
        Assert.True(stored.Passed);
    }

    [Theory, Providers]
    public async Task GradeEssay_GradedThenSameMarksThenNewMarks_QueuesOneQuizGradedDeliveryPerChange(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var endpoint = await WebhookTests.AddEndpointDirectlyAsync(site, "http://127.0.0.1:9/grades", [LearningEventKinds.QuizGraded]);
        var essay = await site.Services.AddQuestionAsync(QuizTestData.Essay());
        var quiz = await site.Services.NewQuizAsync(essay);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [essay.Id] = ["Ауылда сүт өңдеу цехын ашамыз."] });
        var whileWaiting = await WebhookTests.DeliveriesAsync(site);

        var graded = await attempts.GradeEssayAsync(attempt.Id, essay.Id, 3, "Жақсы.", "editor");
        var afterGrade = await WebhookTests.DeliveriesAsync(site);
        var sameMarks = await attempts.GradeEssayAsync(attempt.Id, essay.Id, 3, "Жақсы, қайта оқыдым.", "editor");
        var afterSameMarks = await WebhookTests.DeliveriesAsync(site);
        var newMarks = await attempts.GradeEssayAsync(attempt.Id, essay.Id, 1, "Сандар жоқ.", "editor");
        var afterNewMarks = await WebhookTests.DeliveriesAsync(site);

        Assert.Empty(whileWaiting);
        Assert.True(graded && sameMarks && newMarks);
        var delivery = Assert.Single(afterGrade);
        Assert.Equal((endpoint, LearningEventKinds.QuizGraded), (delivery.EndpointId, delivery.Kind));
        var data = WebhookTests.PayloadData(delivery);
        Assert.Equal((attempt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "75", "true"), (data["attempt_id"], data["percent"], data["passed"]));
        Assert.Equal(delivery.Id, Assert.Single(afterSameMarks).Id);
        Assert.Equal(2, afterNewMarks.Count);
        var regraded = WebhookTests.PayloadData(afterNewMarks[^1]);
        Assert.Equal(("25", "false"), (regraded["percent"], regraded["passed"]));
        var stored = await attempts.GetForEditorAsync(attempt.Id);
        Assert.Equal((AttemptStatus.Graded, 1m, false), (stored!.Status, stored.Score, stored.Passed));
    }
}
