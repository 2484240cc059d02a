using System.Net;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Engine.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Quizzes;

namespace Mektep.Tests.Security;

/// <summary>
/// Forms posted without their antiforgery token, or with a token issued to someone else, answer 400 and change
/// nothing. AccountTests covers sign-in, features, culture and sign-out; MediaEndpointsTests the upload;
/// AttemptPagesTests the autosave endpoint.
/// </summary>
public sealed class CsrfTests
{
    private const string LearnerEmail = "akim@mektep.test";

    [Theory, Providers]
    public async Task ContentSave_WithoutOrWithAForeignToken_Answers400AndCreatesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var foreignToken = SiteFactory.AntiforgeryToken(await site.NewClient().GetStringAsync("/account/login"));
        var fields = new Dictionary<string, string> { ["_handler"] = "content-editor", ["Action"] = "publish", ["TitlePart.Title"] = "Forged page" };

        var missing = await admin.PostAsync("/admin/content/new/Page", new FormUrlEncodedContent(fields));
        var foreign = await admin.PostAsync("/admin/content/new/Page", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = foreignToken }));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(0, await site.CountAsync<ContentItemRecord>(c => c.ContentType == "Page"));
    }

    [Theory, Providers]
    public async Task SelfEnrollment_WithoutToken_Answers400AndEnrollsNobody(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await EnrollmentTestData.CourseAsync(site, "Курс");
        var userId = await site.CreateUserAsync(LearnerEmail, StandardRoles.Learner);
        var learner = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);

        var response = await learner.PostAsync($"/courses/{course.ContentItemId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "enroll" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await site.CountAsync<Enrollment>(e => e.UserId == userId));
    }

    [Theory, Providers]
    public async Task QuizSubmit_WithoutToken_Answers400AndLeavesTheAttemptOpen(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var quiz = await site.Services.NewQuizAsync(question);
        await site.LearnerAsync(LearnerEmail);
        var learner = await site.SignedInClientAsync(LearnerEmail, TestUsers.Password);
        var attemptUrl = await AttemptPagesTests.StartAsync(learner, quiz.ContentItemId);

        var response = await learner.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "attempt",
            [$"a.{question.Id}"] = "Forged",
            ["action"] = "submit",
        }));
        var after = await learner.GetStringAsync(attemptUrl);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Submit the attempt", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Forged", after, StringComparison.Ordinal);
    }
}
