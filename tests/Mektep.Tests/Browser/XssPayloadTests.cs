using System.Net;
using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Initiatives.Models;
using Mektep.Initiatives.Services;
using Mektep.Pages.Models;
using Mektep.Quizzes.Models;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Quizzes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using LocalizedText = Mektep.Quizzes.Models.LocalizedText;

namespace Mektep.Tests.Browser;

/// <summary>
/// Script payloads in every text a learner or an editor can write, and in every Markdown body, shown in Chromium on the
/// pages that display them: nothing runs, no dialog opens, and each text is still there to read, escaped rather than dropped.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssPayloadTests(BrowserFixture browser)
{
    private const string Script = "<script>window.__xss=1</script>";
    private const string Image = "<img src=x onerror=\"window.__xss=1\">";
    private const string Svg = "\"><svg onload=window.__xss=1>";
    private const string Alert = "<script>alert(1)</script>";

    private const string CourseTitle = "Курс " + Image;
    private const string Summary = "Қысқаша " + Svg;
    private const string SectionTitle = "Бөлім " + Script;
    private const string LessonTitle = "Сабақ " + Svg;
    private const string QuizTitle = "Тест " + Image;
    private const string LearnerName = "Ерлан " + Svg + Alert;
    private const string NewsTitle = "Жаңалық " + Image;
    private const string NewsSummary = "Жаңалық қысқаша " + Script;
    private const string PageTitle = "Бет " + Svg;
    private const string InitiativeTitle = "Бастама " + Image;

    /// <summary>Things a sanitizer that misses may let through; each Markdown body carries them all after a word that must stay visible.</summary>
    private static string Body(string marker) =>
        $"{marker} **қалың**\n\n{Script}\n\n{Image}\n\n<svg onload=\"window.__xss=1\"></svg>\n\n{Alert}\n\n" +
        $"[{marker}-link](javascript:window.__xss=1)\n\n<a href=\"javascript:window.__xss=1\">{marker}-raw-link</a>\n\n" +
        "<iframe src=\"javascript:window.__xss=1\"></iframe>\n\n<div style=\"background:url(javascript:window.__xss=1)\" onmouseover=\"window.__xss=1\">hover</div>";

    [Theory, Providers]
    public async Task Payloads_InEveryTextAndMarkdownBody_NeverRunOnLearnerOrAdminPages(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var seeded = await SeedAsync(site);
        var learner = await browser.NewPageAsync(site, "kk-KZ");
        var admin = await browser.NewPageAsync(site, "kk-KZ");
        await learner.SignInAsync(seeded.LearnerEmail);
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var coursePath = $"/courses/{seeded.Course.ContentItemId}";
        var lessonPath = $"{coursePath}/lessons/{seeded.Lesson.ContentItemId}";
        var visits = new List<(IPage Page, string Path, string[] Texts, string? JavascriptLink)>
        {
            (learner, "/", [CourseTitle, NewsTitle], null),
            (learner, "/courses", [CourseTitle, Summary], null),
            (learner, coursePath, [CourseTitle, SectionTitle, LessonTitle, QuizTitle, "xss-course"], "xss-course-link"),
            (learner, lessonPath, [LessonTitle, "xss-lesson"], "xss-lesson-link"),
            (learner, $"/quizzes/{seeded.Quiz.ContentItemId}", [QuizTitle, "xss-quiz"], "xss-quiz-link"),
            (learner, $"/quizzes/attempts/{seeded.OpenAttemptId}", ["xss-stem", "xss-option-right", "xss-option-wrong"], "xss-stem-link"),
            (learner, $"/quizzes/attempts/{seeded.SubmittedAttemptId}/result", ["xss-stem"], null),
            (learner, "/my", [CourseTitle], null),
            (learner, "/news", [NewsTitle, NewsSummary], null),
            (learner, $"/news/{seeded.News.ContentItemId}", [NewsTitle, "xss-news"], "xss-news-link"),
            (learner, $"/content/{seeded.Page.ContentItemId}", [PageTitle, "xss-page"], "xss-page-link"),
            (learner, "/my/certificates", [CourseTitle], null),
            (learner, $"/verify/{seeded.VerificationCode}", [LearnerName, CourseTitle], null),
            (learner, "/initiatives", [InitiativeTitle], null),
            (learner, $"/initiatives/{seeded.InitiativeId}", [InitiativeTitle, "xss-initiative"], "xss-initiative-link"),
            (admin, "/admin/courses", [CourseTitle], null),
            (admin, "/admin/content", [CourseTitle, LessonTitle, NewsTitle], null),
            (admin, $"/admin/content/{seeded.Course.ContentItemId}/edit", [CourseTitle, Summary, "xss-course"], "xss-course-link"),
            (admin, $"/admin/content/{seeded.Lesson.ContentItemId}/edit", [LessonTitle, "xss-lesson"], "xss-lesson-link"),
            (admin, $"/admin/content/{seeded.News.ContentItemId}/edit", [NewsTitle, NewsSummary, "xss-news"], "xss-news-link"),
            (admin, $"/admin/courses/{seeded.Course.ContentItemId}/outline", [SectionTitle, LessonTitle, QuizTitle], null),
            (admin, $"/admin/courses/{seeded.Course.ContentItemId}/enrollments", [LearnerName], null),
            (admin, "/admin/quizzes", [QuizTitle], null),
            (admin, $"/admin/quizzes/{seeded.Quiz.ContentItemId}/attempts", [LearnerName], null),
            (admin, $"/admin/quizzes/{seeded.Quiz.ContentItemId}/preview", [QuizTitle, "xss-quiz", "xss-stem"], "xss-stem-link"),
            (admin, "/admin/questions", ["xss-stem"], null),
            (admin, $"/admin/questions/{seeded.QuestionId}", ["xss-stem", "xss-option-right"], null),
            (admin, "/admin/users", [LearnerName], null),
            (admin, "/admin/certificates", [LearnerName], null),
            (admin, "/admin/initiatives", [InitiativeTitle], null),
            (admin, $"/admin/initiatives/{seeded.InitiativeId}", [InitiativeTitle, LearnerName, "xss-initiative"], "xss-initiative-link"),
        };
        var dialogs = new List<string>();
        foreach (var page in new[] { learner, admin })
        {
            page.Dialog += (_, dialog) =>
            {
                dialogs.Add($"{page.Url}: {dialog.Message}");
                _ = dialog.DismissAsync();
            };
        }

        var failures = new List<string>();
        foreach (var (page, path, texts, link) in visits)
        {
            failures.AddRange(await VisitAsync(page, path, texts, link));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(dialogs.Count == 0, string.Join("\n", dialogs));
    }

    /// <summary>Opens the page, checks it, clicks its javascript: link if it shows one; returns what went wrong.</summary>
    private static async Task<List<string>> VisitAsync(IPage page, string path, string[] texts, string? javascriptLink)
    {
        var failures = new List<string>();
        var response = await page.GotoAsync(path);
        if (response is null || response.Status != (int)HttpStatusCode.OK)
        {
            return [$"{path}: answered {response?.Status}"];
        }

        var shown = await page.EvaluateAsync<string>(
            "() => document.body.innerText + '\\n' + [...document.querySelectorAll('input, textarea')].map(e => e.value).join('\\n')");
        failures.AddRange(texts.Where(text => !shown.Contains(text, StringComparison.Ordinal)).Select(text => $"{path}: does not show «{text}»"));
        failures.AddRange((await DangerAsync(page)).Select(danger => $"{path}: {danger}"));
        if (javascriptLink is not null)
        {
            var link = page.Locator("a", new() { HasTextString = javascriptLink }).First;
            if (await link.CountAsync() == 0)
            {
                failures.Add($"{path}: the link «{javascriptLink}» is gone");
            }
            else
            {
                await link.ClickAsync();
                failures.AddRange((await DangerAsync(page)).Select(danger => $"{path} after the click: {danger}"));
            }
        }

        return failures;
    }

    /// <summary>A payload that ran, or markup that would run it (a handler or javascript: address carrying it, a script of it).</summary>
    private static async Task<List<string>> DangerAsync(IPage page)
    {
        var found = new List<string>();
        if (await page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
        {
            found.Add("window.__xss was set");
        }

        found.AddRange(await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('*')].flatMap(e =>
                (e.tagName === 'SCRIPT' && /__xss|alert\(/.test(e.textContent) ? ['<script> ' + e.textContent] : [])
                .concat([...e.attributes]
                    .filter(a => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value) || /javascript:/i.test(a.name === 'style' ? a.value : ''))
                    .filter(a => /__xss|alert\(/.test(a.value))
                    .map(a => e.tagName.toLowerCase() + ' ' + a.name + '=' + a.value)))
            """));
        return found;
    }

    private static async Task<Seeded> SeedAsync(SiteFactory site)
    {
        var organisation = await OrganisationTestData.CreateAsync(site);
        const string learnerEmail = "akim@mektep.test";
        var learnerId = await site.LearnerAsync(learnerEmail, organisation.Ruzaevka, LearnerName);
        var question = await site.Services.AddQuestionAsync(new QuestionData
        {
            Type = QuestionType.SingleChoice,
            Stem = LocalizedText.Of("kk", Body("xss-stem")),
            Options =
            [
                new QuestionOption { Text = LocalizedText.Of("kk", "xss-option-right " + Image + Script), Correct = true },
                new QuestionOption { Text = LocalizedText.Of("kk", "xss-option-wrong " + Svg + "[x](javascript:window.__xss=1)") },
            ],
        });
        var (course, lesson, quiz) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync(LessonTitle, body: Body("xss-lesson"));
            var quiz = await content.NewAsync(QuizTypes.Quiz);
            quiz.Culture = "kk";
            quiz.Apply(new TitlePart { Title = QuizTitle });
            quiz.Apply(new QuizPart { PassMarkPercent = 50, FixedQuestionIds = [question.Id] });
            quiz.Content["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = Body("xss-quiz") };
            quiz = await content.CreateAsync(quiz, publish: true);
            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "kk";
            course.Apply(new TitlePart { Title = CourseTitle });
            course.Apply(new CoursePart
            {
                Summary = Summary,
                SelfEnrollment = true,
                Tags = [Image],
                Sections =
                [
                    new CourseSection
                    {
                        Id = "s1",
                        Title = SectionTitle,
                        Items =
                        [
                            new CourseOutlineItem { ItemSet = lesson.LocalizationSet, ContentType = CourseTypes.Lesson, Required = true },
                            new CourseOutlineItem { ItemSet = quiz.LocalizationSet, ContentType = QuizTypes.Quiz, Required = true },
                        ],
                    },
                ],
            });
            MarkdownBody.Set(course, Body("xss-course"));
            return (await content.CreateAsync(course, publish: true), lesson, quiz);
        });
        await site.AdminEnrollAsync(course, [learnerId]);
        await site.TemplateAsync(course);
        await site.IssueAsync(course, learnerId);
        var code = Assert.Single(await site.CertificatesAsync()).VerificationCode;

        long submitted, open;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var attempts = scope.ServiceProvider.Attempts();
            var (_, first) = await attempts.StartAsync(learnerId, quiz);
            await attempts.SubmitAsync(learnerId, first!.Id, new Dictionary<long, List<string>> { [question.Id] = [QuizTestData.SnapshotOf(first).Questions[0].CorrectOption()] });
            var (_, second) = await attempts.StartAsync(learnerId, quiz);
            (submitted, open) = (first.Id, second!.Id);
        }

        var (news, page) = await site.Services.WithContentAsync(async content =>
        {
            var news = await content.NewAsync(PageTypes.NewsArticle);
            news.Culture = "kk";
            news.Apply(new TitlePart { Title = NewsTitle });
            news.Apply(new NewsArticlePart { Summary = NewsSummary, PublicationDate = new DateTime(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc) });
            news.Content["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = Body("xss-news") };
            var page = await content.NewAsync(PageTypes.Page);
            page.Culture = "kk";
            page.Apply(new TitlePart { Title = PageTitle });
            page.Content["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = Body("xss-page") };
            return (await content.CreateAsync(news, publish: true), await content.CreateAsync(page, publish: true));
        });

        long initiativeId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<InitiativeService>().SaveAsync(learnerId, LearnerName, null, new InitiativeInput
            {
                Title = InitiativeTitle,
                Sector = nameof(InitiativeSector.Processing),
                Description = Body("xss-initiative"),
                Cost = "15000000",
                Jobs = "12",
                Income = "4500000",
                OwnFunds = true,
                Participants = "Мүшелер " + Svg,
                Start = "2027-03",
                End = "2028-06",
            }, submit: true);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
            initiativeId = saved.Id;
        }

        return new Seeded(learnerEmail, course, lesson, quiz, question.Id, open, submitted, news, page, code, initiativeId);
    }

    private sealed record Seeded(
        string LearnerEmail,
        ContentItem Course,
        ContentItem Lesson,
        ContentItem Quiz,
        long QuestionId,
        long OpenAttemptId,
        long SubmittedAttemptId,
        ContentItem News,
        ContentItem Page,
        string VerificationCode,
        long InitiativeId);
}
