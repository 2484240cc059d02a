using System.Net;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes;

public sealed class QuizAdminPagesTests
{
    [Theory, Providers]
    public async Task Preview_DraftQuizOfEveryType_ShowsTheQuestionsWithoutKeyAndRecordsNoAttempt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var questions = new List<Question>();
        foreach (var data in QuizTestData.EveryType())
        {
            questions.Add(await site.Services.AddQuestionAsync(data));
        }

        var quiz = await site.Services.NewQuizAsync("Жоба", part => part.FixedQuestionIds = [.. questions.Select(q => q.Id)], publish: false);
        var admin = await site.AdminClientAsync();

        var page = await admin.GetStringAsync($"/admin/quizzes/{quiz.ContentItemId}/preview");

        Assert.Contains("Қай сала кіріс әкеледі?", page);
        Assert.Contains("Жобаңызды сипаттаңыз.", page);
        Assert.Equal(questions.Count, page.Split("class=\"question question-").Length - 1);
        Assert.DoesNotContain(QuizTestData.SecretAnswer, page);
        Assert.DoesNotContain("7319", page);
        Assert.DoesNotContain("Нақты сандар келтірілген.", page);
        Assert.DoesNotContain("correct", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data-autosave", page);
        Assert.DoesNotContain("name=\"action\"", page);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<DbContext>().Set<QuizAttempt>().CountAsync());
    }

    [Theory, Providers]
    public async Task Preview_NotAQuiz_Answers404(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.GetAsync("/admin/quizzes/nosuchquiz/preview");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory, Providers]
    public async Task AttemptsPage_RegradeOne_RegradesAndReportsIt_ForeignIdIs422(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var other = await site.Services.NewQuizAsync(single);
        var userId = await site.LearnerAsync();
        long attemptId;
        long otherAttemptId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var attempts = scope.ServiceProvider.Attempts();
            var (_, attempt) = await attempts.StartAsync(userId, quiz);
            await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [QuizTestData.SnapshotOf(attempt).Questions[0].CorrectOption()] });
            attemptId = attempt.Id;
            var (_, foreign) = await attempts.StartAsync(userId, other);
            await attempts.SubmitAsync(userId, foreign!.Id);
            otherAttemptId = foreign.Id;
        }

        var admin = (await site.AdminClientAsync()).InEnglish();
        var url = $"/admin/quizzes/{quiz.ContentItemId}/attempts";
        var page = await admin.GetStringAsync(url);
        Assert.Contains("akim@mektep.test", page);
        Assert.Contains($"data-attempt=\"{attemptId}\"", page);

        var regrade = await admin.PostAsync(url, FormClientExtensions.Form(page, "regrade", new() { ["Scope"] = attemptId.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var foreignPost = await admin.PostAsync(url, FormClientExtensions.Form(page, "regrade", new() { ["Scope"] = otherAttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var all = await admin.PostAsync(url, FormClientExtensions.Form(page, "regrade", new() { ["Scope"] = "all" }));

        Assert.Equal(HttpStatusCode.Redirect, regrade.StatusCode);
        Assert.EndsWith("?regraded=1", regrade.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreignPost.StatusCode);
        Assert.EndsWith("?regraded=1", all.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("1 attempts regraded.", await admin.GetStringAsync(regrade.Headers.Location!.OriginalString));
    }

    [Theory, Providers]
    public async Task AnalysisPageAndCsv_AfterAttempts_ShowFacilityAndFrequencies(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        foreach (var (email, right) in new[] { ("a@mektep.test", true), ("b@mektep.test", false) })
        {
            var userId = await site.LearnerAsync(email);
            await using var scope = site.Services.CreateAsyncScope();
            var attempts = scope.ServiceProvider.Attempts();
            var (_, attempt) = await attempts.StartAsync(userId, quiz);
            var question = QuizTestData.SnapshotOf(attempt!).Questions[0];
            await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [single.Id] = [right ? question.CorrectOption() : question.WrongOption()] });
        }

        var admin = (await site.AdminClientAsync()).InEnglish();

        var page = await admin.GetStringAsync($"/admin/quizzes/{quiz.ContentItemId}/analysis");
        var csv = await admin.GetAsync($"/admin/quizzes/{quiz.ContentItemId}/analysis.csv");

        Assert.Contains("data-facility=\"0.5\"", page);
        Assert.Contains("Based on 2 graded attempts.", page);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains(",Мал шаруашылығы,1,1,50", text);
        Assert.Contains("Facility", text);
    }
}
