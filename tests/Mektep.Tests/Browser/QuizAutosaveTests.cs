using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>
/// The attempt page's promise in Chromium: each answer is saved as the learner goes, an answer typed while the
/// connection is down stays in the browser and reaches the server when it returns, and a reload loses nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuizAutosaveTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task Attempt_AnswersSaveAsTyped_AndAnswersTypedOfflineAreSentWhenTheConnectionReturns(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var text = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(single, text);
        await site.LearnerAsync("akim@mektep.test");
        var page = await browser.NewPageAsync(site);
        await page.SignInAsync("akim@mektep.test");
        await page.GotoAsync($"/quizzes/{quiz.ContentItemId}");
        await page.ClickAndArriveAsync(page.Locator("form button[type='submit']", new() { HasText = "Start the quiz" }), url => new Uri(url).AbsolutePath.StartsWith("/quizzes/attempts/", StringComparison.Ordinal));
        var attemptId = long.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var status = page.Locator(".autosave-status");

        await page.Locator($"input[type='radio'][name='a.{single.Id}']").First.CheckAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Saved.");
        var savedOnline = await AnswersAsync(site, attemptId);

        await page.Context.SetOfflineAsync(true);
        await page.Locator($"input[name='a.{text.Id}']").FillAsync("Оффлайн жауап");
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("offline"));
        var keptInBrowser = await page.EvaluateAsync<string?>($"() => localStorage.getItem('mektep.quiz.attempt.{attemptId}')");
        var savedWhileOffline = await AnswersAsync(site, attemptId);

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(status).ToHaveTextAsync("Saved.");
        var savedAfterReturn = await AnswersAsync(site, attemptId);
        await page.ReloadAsync();
        var afterReload = await page.Locator($"input[name='a.{text.Id}']").InputValueAsync();
        var checkedAfterReload = await page.Locator($"input[type='radio'][name='a.{single.Id}']:checked").CountAsync();

        Assert.Equal([single.Id], savedOnline.Keys);
        Assert.Equal([single.Id], savedWhileOffline.Keys);
        Assert.Contains("Оффлайн жауап", keptInBrowser, StringComparison.Ordinal);
        Assert.Equal(["Оффлайн жауап"], System.Text.Json.JsonSerializer.Deserialize<List<string>>(savedAfterReturn[text.Id]));
        Assert.Equal("Оффлайн жауап", afterReload);
        Assert.Equal(1, checkedAfterReload);
        Assert.Null(await page.EvaluateAsync<string?>($"() => localStorage.getItem('mektep.quiz.attempt.{attemptId}')"));
    }

    /// <summary>What the server holds for the attempt: each answered question's stored response.</summary>
    private static async Task<Dictionary<long, string>> AnswersAsync(SiteFactory site, long attemptId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<AttemptAnswer>().AsNoTracking()
            .Where(a => a.AttemptId == attemptId && a.Response != "[]")
            .OrderBy(a => a.QuestionId)
            .ToDictionaryAsync(a => a.QuestionId, a => a.Response);
    }
}
