using System.Net;
using Mektep.Data;
using Mektep.Engine.Localization;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes;

/// <summary>The quiz pages a learner and an editor see, rendered in Kazakh and Russian with every question type.</summary>
public sealed class QuizLocalizationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "kk")]
    [InlineData(DatabaseProvider.Sqlite, "ru")]
    [InlineData(DatabaseProvider.PostgreSql, "kk")]
    [InlineData(DatabaseProvider.PostgreSql, "ru")]
    public async Task QuizPages_RenderedInCulture_UseNoUntranslatedString(DatabaseProvider provider, string culture)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var questions = new List<Question>();
        foreach (var data in QuizTestData.EveryType())
        {
            questions.Add(await site.Services.AddQuestionAsync(data));
        }

        var quiz = await site.Services.NewQuizAsync("Тест", part =>
        {
            part.FixedQuestionIds = [.. questions.Select(q => q.Id)];
            part.TimeLimitMinutes = 30;
            part.AttemptsAllowed = 3;
            part.ReviewAfterSubmit = new ReviewOptions { Score = true, CorrectAnswers = true, Feedback = true };
        });
        await site.LearnerAsync();
        var learner = InCulture(await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password), culture);
        var admin = InCulture(await site.AdminClientAsync(), culture);
        var misses = site.Services.GetRequiredService<JsonStringLocalizerFactory>().Misses;
        misses.Clear();

        var intro = await learner.GetAsync($"/quizzes/{quiz.ContentItemId}");
        var attemptUrl = await AttemptPagesTests.StartAsync(learner, quiz.ContentItemId);
        var attemptPage = await learner.GetStringAsync(attemptUrl);
        var submitted = await learner.PostAsync(attemptUrl, FormClientExtensions.Form(attemptPage, "attempt", new() { ["action"] = "submit" }));
        var result = await learner.GetAsync(attemptUrl + "/result");
        var attemptId = attemptUrl.Split('/').Last();
        var pages = new[] { $"/admin/questions/{questions[0].Id}", $"/admin/questions/{questions[^1].Id}", $"/admin/quizzes/grading/{attemptId}", $"/admin/content/{quiz.ContentItemId}/edit", "/admin/quizzes/grading" };
        var adminAnswers = new List<HttpResponseMessage>();
        foreach (var page in pages)
        {
            adminAnswers.Add(await admin.GetAsync(page));
        }

        Assert.Equal(HttpStatusCode.OK, intro.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.All(adminAnswers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var untranslated = misses.Keys.Where(m => m.Culture == culture).Select(m => m.Key).Order().ToList();
        Assert.Empty(untranslated);
    }

    private static HttpClient InCulture(HttpClient client, string culture)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }
}
