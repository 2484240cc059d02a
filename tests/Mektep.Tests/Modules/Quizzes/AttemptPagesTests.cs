using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Quizzes;

public sealed class AttemptPagesTests
{
    private const string LearnerEmail = "akim@mektep.test";

    [Theory, Providers]
    public async Task AttemptPage_Rendered_NeverContainsTheAnswerKey(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await site.Services.NewQuizAsync(
            await site.Services.AddQuestionAsync(QuizTestData.Single()),
            await site.Services.AddQuestionAsync(QuizTestData.Short()),
            await site.Services.AddQuestionAsync(QuizTestData.Numeric()));
        await site.LearnerAsync(LearnerEmail);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);

        var attemptUrl = await StartAsync(client, quiz.ContentItemId);
        var page = await client.GetStringAsync(attemptUrl);

        Assert.Contains("Қай сала кіріс әкеледі?", page);
        Assert.Contains("Мал шаруашылығы", page);
        Assert.DoesNotContain(QuizTestData.SecretAnswer, page);
        Assert.DoesNotContain("7319", page);
        Assert.DoesNotContain("7 319", page);
        Assert.DoesNotContain("correct", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("accepted", page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, Providers]
    public async Task AttemptPage_SaveThenSubmit_ShowsTheResult(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync(LearnerEmail);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var attemptUrl = await StartAsync(client, quiz.ContentItemId);
        var page = await client.GetStringAsync(attemptUrl);

        var saved = await client.PostAsync(attemptUrl, FormClientExtensions.Form(page, "attempt", new() { [$"a.{question.Id}"] = "ЖасырынЖауап", ["action"] = "save" }));
        var reloaded = await client.GetStringAsync(attemptUrl);
        var submitted = await client.PostAsync(attemptUrl, FormClientExtensions.Form(reloaded, "attempt", new() { [$"a.{question.Id}"] = "ЖасырынЖауап", ["action"] = "submit" }));
        var result = await client.GetStringAsync(submitted.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"ЖасырынЖауап\"", reloaded);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("Passed.", result);
        Assert.Contains("100%", result);
    }

    [Theory, Providers]
    public async Task AttemptPage_ForgedPosts_GetAClearMessageAndChangeNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var stranger = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var typed = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question, typed);
        await site.LearnerAsync(LearnerEmail);
        await site.LearnerAsync("other@mektep.test");
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var other = await site.SignedInClientAsync("other@mektep.test", TestUsers.Password);
        var attemptUrl = await StartAsync(client, quiz.ContentItemId);
        var page = await client.GetStringAsync(attemptUrl);
        var otherUrl = await StartAsync(other, quiz.ContentItemId);
        var otherPage = await other.GetStringAsync(otherUrl);

        var forgedQuestion = await client.PostAsync(attemptUrl, FormClientExtensions.Form(page, "attempt", new() { [$"a.{stranger.Id}"] = "x", ["action"] = "save" }));
        var forgedOption = await client.PostAsync(attemptUrl, FormClientExtensions.Form(page, "attempt", new() { [$"a.{question.Id}"] = "notanoption", ["action"] = "save" }));
        var forgedAttempt = await client.PostAsync(otherUrl, FormClientExtensions.Form(page, "attempt", new() { ["action"] = "submit" }));
        var oversized = await client.PostAsync(attemptUrl, FormClientExtensions.Form(page, "attempt", new() { [$"a.{typed.Id}"] = new string('x', 501), ["action"] = "save" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, forgedQuestion.StatusCode);
        Assert.Contains("not in this attempt", await forgedQuestion.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forgedOption.StatusCode);
        Assert.Contains("option that the question does not have", await forgedOption.Content.ReadAsStringAsync());
        Assert.True(forgedAttempt.StatusCode == HttpStatusCode.Forbidden, $"{forgedAttempt.StatusCode}: {await forgedAttempt.Content.ReadAsStringAsync()}");
        Assert.Contains("not yours", await forgedAttempt.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, oversized.StatusCode);
        Assert.Contains("Submit the attempt", await other.GetStringAsync(otherUrl));
        var after = await client.GetStringAsync(attemptUrl);
        Assert.DoesNotContain("checked", after);
        Assert.DoesNotContain("xxxxx", after);
        Assert.Contains("Submit the attempt", otherPage);
    }

    [Theory, Providers]
    public async Task AttemptPage_SecondSubmit_IsRefusedWithAMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync(LearnerEmail);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var attemptUrl = await StartAsync(client, quiz.ContentItemId);
        var page = await client.GetStringAsync(attemptUrl);
        await client.PostAsync(attemptUrl, FormClientExtensions.Form(page, "attempt", new() { [$"a.{question.Id}"] = "қате", ["action"] = "submit" }));

        var second = await client.PostAsync(attemptUrl, FormClientExtensions.Form(page, "attempt", new() { [$"a.{question.Id}"] = QuizTestData.SecretAnswer, ["action"] = "submit" }));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already been submitted", await second.Content.ReadAsStringAsync());
        Assert.Contains("Not passed.", await client.GetStringAsync(attemptUrl + "/result"));
    }

    [Theory, Providers]
    public async Task AnswerEndpoint_AutosavePost_SavesAndRefusesWithoutToken(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync(LearnerEmail);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var attemptUrl = await StartAsync(client, quiz.ContentItemId);
        var page = await client.GetStringAsync(attemptUrl);
        var token = SiteFactory.AntiforgeryToken(page);

        var saved = await client.PostAsync(attemptUrl + "/answers", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [$"a.{question.Id}"] = "сақталған" }));
        var again = await client.PostAsync(attemptUrl + "/answers", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [$"a.{question.Id}"] = "сақталған" }));
        var noToken = await client.PostAsync(attemptUrl + "/answers", new FormUrlEncodedContent(new Dictionary<string, string> { [$"a.{question.Id}"] = "ұрлық" }));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("value=\"сақталған\"", await client.GetStringAsync(attemptUrl));
    }

    [Theory, Providers]
    public async Task QuizPage_Anonymous_AsksToSignIn(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await site.Services.NewQuizAsync(await site.Services.AddQuestionAsync(QuizTestData.Single()));

        var page = await site.NewClient().GetStringAsync($"/quizzes/{quiz.ContentItemId}");

        Assert.Contains("Sign in to take the quiz.", page);
        Assert.Contains("Pass mark: 50%", page);
    }

    internal static async Task<string> StartAsync(HttpClient client, string quizId)
    {
        var intro = await client.GetStringAsync($"/quizzes/{quizId}");
        var response = await client.PostAsync($"/quizzes/{quizId}", FormClientExtensions.Form(intro, "start", []));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Start answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.Location!.OriginalString;
    }
}
