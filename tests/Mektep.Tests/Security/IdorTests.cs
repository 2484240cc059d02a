using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Quizzes;

namespace Mektep.Tests.Security;

/// <summary>
/// One learner changing the id in an address to another's quiz attempt (submitted or in progress) gets 403 or 404,
/// never the other's answers, and cannot save into it. Certificates (CertificatePdfAndVerificationTests) and
/// initiatives (InitiativeWorkflowTests) have their own; progress pages take no id, they show the signed-in person's.
/// </summary>
public sealed class IdorTests
{
    private const string Secret = "МенікЖауап";

    [Theory, Providers]
    public async Task QuizResult_AnotherLearnersSubmittedAttempt_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync("owner@mektep.test");
        await site.LearnerAsync("other@mektep.test");
        var owner = await site.SignedInClientAsync("owner@mektep.test", TestUsers.Password);
        var other = await site.SignedInClientAsync("other@mektep.test", TestUsers.Password);
        var url = await AttemptPagesTests.StartAsync(owner, quiz.ContentItemId);
        var submitted = await owner.PostAsync(url, FormClientExtensions.Form(await owner.GetStringAsync(url), "attempt", new() { [$"a.{question.Id}"] = Secret, ["action"] = "submit" }));

        var result = await other.GetAsync(submitted.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(submitted.Headers.Location!.OriginalString)).StatusCode);
        Assert.Contains(result.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.DoesNotContain(Secret, await result.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task QuizAttempt_AnotherLearnersOpenAttempt_CannotBeReadOrWritten(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync("owner@mektep.test");
        await site.LearnerAsync("other@mektep.test");
        var owner = await site.SignedInClientAsync("owner@mektep.test", TestUsers.Password);
        var other = await site.SignedInClientAsync("other@mektep.test", TestUsers.Password);
        var url = await AttemptPagesTests.StartAsync(owner, quiz.ContentItemId);
        var ownersToken = SiteFactory.AntiforgeryToken(await owner.GetStringAsync(url));
        await owner.PostAsync(url + "/answers", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ownersToken, [$"a.{question.Id}"] = Secret }));
        // The intruder's own valid token, from their own attempt at the same quiz.
        var othersToken = SiteFactory.AntiforgeryToken(await other.GetStringAsync(await AttemptPagesTests.StartAsync(other, quiz.ContentItemId)));

        var read = await other.GetAsync(url);
        var autosave = await other.PostAsync(url + "/answers", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = othersToken, [$"a.{question.Id}"] = "бөтен" }));
        var submit = await other.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = othersToken, ["_handler"] = "attempt", [$"a.{question.Id}"] = "бөтен", ["action"] = "submit" }));

        Assert.Contains(read.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.DoesNotContain(Secret, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(autosave.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(submit.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        var ownersPage = await owner.GetStringAsync(url);
        Assert.Contains($"value=\"{Secret}\"", ownersPage, StringComparison.Ordinal);
        Assert.DoesNotContain("бөтен", ownersPage, StringComparison.Ordinal);
    }
}
