using System.Net;
using Mektep.Content;
using Mektep.Data;
using Mektep.Quizzes.Models;
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
        var (question, _, owner, other, url) = await OwnerAndIntruderAsync(site);
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
        var (question, quiz, owner, other, url) = await OwnerAndIntruderAsync(site);
        var ownersToken = SiteFactory.AntiforgeryToken(await owner.GetStringAsync(url));
        await owner.PostAsync(url + "/answers", Fields(ownersToken, question, Secret));
        // The intruder's own valid token, from their own attempt at the same quiz.
        var othersToken = SiteFactory.AntiforgeryToken(await other.GetStringAsync(await AttemptPagesTests.StartAsync(other, quiz.ContentItemId)));

        var read = await other.GetAsync(url);
        var autosave = await other.PostAsync(url + "/answers", Fields(othersToken, question, "бөтен"));
        var submit = await other.PostAsync(url, Fields(othersToken, question, "бөтен", ("_handler", "attempt"), ("action", "submit")));

        Assert.Contains(read.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.DoesNotContain(Secret, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(autosave.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(submit.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        var ownersPage = await owner.GetStringAsync(url);
        Assert.Contains($"value=\"{Secret}\"", ownersPage, StringComparison.Ordinal);
        Assert.DoesNotContain("бөтен", ownersPage, StringComparison.Ordinal);
    }

    /// <summary>A one-question quiz, its owner with an open attempt at <c>Url</c>, and another signed-in learner.</summary>
    private static async Task<(Question Question, ContentItem Quiz, HttpClient Owner, HttpClient Other, string Url)> OwnerAndIntruderAsync(SiteFactory site)
    {
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync("owner@mektep.test");
        await site.LearnerAsync("other@mektep.test");
        var owner = await site.SignedInClientAsync("owner@mektep.test", TestUsers.Password);
        var other = await site.SignedInClientAsync("other@mektep.test", TestUsers.Password);
        return (question, quiz, owner, other, await AttemptPagesTests.StartAsync(owner, quiz.ContentItemId));
    }

    /// <summary>An attempt form's fields: the antiforgery token, the answer to the question, and any others.</summary>
    private static FormUrlEncodedContent Fields(string token, Question question, string answer, params (string Name, string Value)[] more)
        => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [$"a.{question.Id}"] = answer }
            .Concat(more.Select(f => KeyValuePair.Create(f.Name, f.Value))));
}
