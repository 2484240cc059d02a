using System.Globalization;
using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Quizzes;

namespace Mektep.Tests.Faults;

[Collection(ClusterRestartCollection.Name)]
public sealed class PostgresRestartTests
{
    private const string LearnerEmail = "akim@mektep.test";

    [Fact]
    public async Task QuizSession_PostgresRestartedMidAttempt_AttemptResumesAndNoAnswerIsLost()
    {
        await using var site = await SiteFactory.StartAsync(DatabaseProvider.PostgreSql);
        var text = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var number = await site.Services.AddQuestionAsync(QuizTestData.Numeric());
        var quiz = await site.Services.NewQuizAsync(text, number);
        await site.LearnerAsync(LearnerEmail);
        var client = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var attemptUrl = await AttemptPagesTests.StartAsync(client, quiz.ContentItemId);
        var token = SiteFactory.AntiforgeryToken(await client.GetStringAsync(attemptUrl));
        var numberAnswer = QuizTestData.SecretNumber.ToString(CultureInfo.InvariantCulture);

        // The first answer is saved; then the database server restarts under the open attempt (every pooled
        // connection the site holds is cut), and the learner goes on.
        var savedBefore = await client.PostAsync(attemptUrl + "/answers", Answers(token, (text.Id, QuizTestData.SecretAnswer)));
        await PostgresCluster.RestartAsync();
        var resumed = await client.GetStringAsync(attemptUrl);
        var savedAfter = await client.PostAsync(attemptUrl + "/answers", Answers(token, (text.Id, QuizTestData.SecretAnswer), (number.Id, numberAnswer)));
        var reloaded = await client.GetStringAsync(attemptUrl);
        var submitted = await client.PostAsync(attemptUrl, FormClientExtensions.Form(reloaded, "attempt", new()
        {
            [$"a.{text.Id}"] = QuizTestData.SecretAnswer,
            [$"a.{number.Id}"] = numberAnswer,
            ["action"] = "submit",
        }));
        var result = await client.GetStringAsync(submitted.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, savedBefore.StatusCode);
        Assert.Contains($"value=\"{QuizTestData.SecretAnswer}\"", resumed);
        Assert.Equal(HttpStatusCode.OK, savedAfter.StatusCode);
        Assert.Contains($"value=\"{numberAnswer}\"", reloaded);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("100%", result);
    }

    private static FormUrlEncodedContent Answers(string token, params (long Question, string Value)[] answers)
        => new(answers.Select(a => new KeyValuePair<string, string>($"a.{a.Question}", a.Value)).Append(new("__RequestVerificationToken", token)));
}
