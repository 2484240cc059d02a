using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Notifications;
using Microsoft.Playwright;
using MimeKit;

namespace Mektep.Tests.Browser;

/// <summary>
/// A learner's way in Chromium, in Kazakh: finds the course in the catalogue, enrolls, reads the lesson, fails the
/// quiz, retries and passes, and finds the certificate in their list; the certificate's email goes out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LearnerJourneyTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task Learner_EnrollsReadsFailsRetriesPasses_GetsCertificateAndItsEmail(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var data = await JourneyData.CourseWithQuizAsync(site);
        await site.CreateUserAsync("learner@mektep.test", Mektep.Security.StandardRoles.Learner, "Ерлан Сейтқали");
        var journey = new Journey("learner", provider);
        var learner = await browser.NewPageAsync(site, "kk-KZ");
        var coursePath = $"/courses/{data.Course.ContentItemId}";
        var lessonPath = $"{coursePath}/lessons/{data.Lesson.ContentItemId}";
        var quizPath = $"/quizzes/{data.Quiz.ContentItemId}";

        await journey.SignInAsync(learner, "learner@mektep.test");
        await journey.GoAsync(learner, "/courses", "catalogue");
        await journey.FollowAsync(learner, learner.Locator($"main a[href='{coursePath}']").First, url => new Uri(url).AbsolutePath == coursePath, "course");
        await learner.Locator("form:has(input[name='_handler'][value='enroll']) button[type='submit']").ClickAsync();
        await learner.Locator($"main a.button[href='{lessonPath}']").WaitForAsync();
        await journey.SeeAsync(learner, "enrolled");
        await journey.FollowAsync(learner, learner.Locator($"main a.button[href='{lessonPath}']"), url => new Uri(url).AbsolutePath == lessonPath, "lesson");
        var lessonText = await learner.Locator("main").InnerTextAsync();
        await journey.FollowAsync(learner, learner.Locator("form:has(input[name='_handler'][value='mark-done']) button[type='submit']"), url => new Uri(url).AbsolutePath == coursePath, "lesson-done");
        await journey.FollowAsync(learner, learner.Locator($"main a[href='{quizPath}']").First, url => new Uri(url).AbsolutePath == quizPath, "quiz");

        var firstResult = await AttemptAsync(journey, learner, JourneyData.WrongAnswer, "first");
        var failed = await learner.Locator("p.notice.ok").CountAsync();
        await journey.FollowAsync(learner, learner.Locator($"main .breadcrumb a[href='{quizPath}']"), url => new Uri(url).AbsolutePath == quizPath, "quiz-again");
        var secondResult = await AttemptAsync(journey, learner, JourneyData.RightAnswer, "second");
        var passed = await learner.Locator("p.notice.ok").CountAsync();

        await journey.GoAsync(learner, coursePath, "course-completed");
        var completed = await learner.Locator("main p.notice.ok").CountAsync();
        await journey.GoAsync(learner, "/account", "account");
        await journey.FollowAsync(learner, learner.Locator("main a[href='/my/certificates']").First, url => url.EndsWith("/my/certificates", StringComparison.Ordinal), "my-certificates");
        var row = learner.Locator("main table tbody tr");
        var listed = await row.Locator("td").First.InnerTextAsync();
        var certificate = Assert.Single(await site.CertificatesAsync());
        await NotificationTestData.DrainAsync(site, NotificationTestData.Options(site), NotificationTestData.Clock());
        var mail = Directory.GetFiles(site.MailFolder, "*.eml").Select(file => MimeMessage.Load(file)).ToList();

        Assert.Contains(JourneyData.LessonTitle, lessonText, StringComparison.Ordinal);
        Assert.NotEqual(firstResult, secondResult);
        Assert.Equal(0, failed);
        Assert.Equal(1, passed);
        Assert.Equal(1, completed);
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal(JourneyData.CourseTitle, listed);
        Assert.Equal(certificate.Number, await row.GetAttributeAsync("data-number"));
        var message = Assert.Single(mail, m => m.To.Mailboxes.Any(a => a.Address == "learner@mektep.test") && (m.TextBody ?? "").Contains(certificate.Number, StringComparison.Ordinal));
        Assert.Contains(message.Attachments.OfType<MimePart>(), a => a.FileName == $"certificate-{certificate.Number}.pdf");
        Assert.Contains($"/verify/{certificate.VerificationCode}", message.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Starts an attempt from the quiz page, answers the one question with the option of that text, submits; returns the result's address.</summary>
    private static async Task<string> AttemptAsync(Journey journey, IPage learner, string answer, string name)
    {
        await journey.FollowAsync(learner, learner.Locator("form:has(input[name='_handler'][value='start']) button[type='submit']"), url => new Uri(url).AbsolutePath.StartsWith("/quizzes/attempts/", StringComparison.Ordinal), $"attempt-{name}");
        await learner.Locator("label.option", new() { HasText = answer }).Locator("input[type='radio']").CheckAsync();
        await journey.FollowAsync(learner, learner.Locator("button[name='action'][value='submit']"), url => url.EndsWith("/result", StringComparison.Ordinal), $"result-{name}");
        return learner.Url;
    }
}
