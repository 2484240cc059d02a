using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>A curriculum editor's way in Chromium: a bank question, a lesson, a quiz, a course in Russian (the site's default language) that holds both, and its linked Kazakh translation, published.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CourseAuthoringJourneyTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task Editor_WritesCourseWithLessonAndQuiz_TranslatesItAndPublishes(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor, "Редактор Гүлнар");
        var journey = new Journey("course-authoring", provider);
        var editor = await browser.NewPageAsync(site);
        await journey.SignInAsync(editor, "editor@mektep.test");
        await journey.GoAsync(editor, "/admin", "dashboard");

        var questionId = await WriteQuestionAsync(journey, editor);
        await WriteLessonAsync(journey, editor);
        await WriteQuizAsync(journey, editor, questionId);
        var courseId = await WriteCourseAsync(journey, editor);
        await BuildOutlineAsync(journey, editor, courseId);
        var translationId = await TranslateAsync(journey, editor, courseId);
        var russianReader = await browser.NewPageAsync(site, "ru-RU");
        await journey.GoAsync(russianReader, "/courses", "catalogue-ru");
        var kazakhReader = await browser.NewPageAsync(site, "kk-KZ");
        await journey.GoAsync(kazakhReader, "/courses", "catalogue-kk");
        await journey.FollowAsync(kazakhReader, kazakhReader.Locator($"main a[href='/courses/{translationId}']").First, url => url.EndsWith($"/courses/{translationId}", StringComparison.Ordinal), "course-kk");
        var kazakhCourse = await kazakhReader.Locator("main").InnerTextAsync();

        var course = await site.Services.WithContentAsync(content => content.GetAsync(courseId, VersionOptions.Published));
        var translation = await site.Services.WithContentAsync(content => content.GetAsync(translationId, VersionOptions.Published));
        Assert.NotNull(course);
        Assert.NotNull(translation);
        Assert.Equal(("ru", "kk"), (course.Culture, translation.Culture));
        Assert.Equal(course.LocalizationSet, translation.LocalizationSet);
        Assert.Equal("Планирование сельского бюджета", course.DisplayText);
        Assert.Equal("Ауыл бюджетін жоспарлау", translation.DisplayText);
        Assert.Equal([CourseTypes.Lesson, QuizTypes.Quiz], course.As<CoursePart>().AllItems.Select(i => i.ContentType));
        Assert.Equal(course.As<CoursePart>().AllItems.Select(i => i.ItemSet), translation.As<CoursePart>().AllItems.Select(i => i.ItemSet));
        Assert.Equal(1, await russianReader.Locator($"main a[href='/courses/{courseId}']").CountAsync());
        Assert.Equal(0, await russianReader.Locator($"main a[href='/courses/{translationId}']").CountAsync());
        Assert.Contains("Ауыл бюджетін жоспарлау", kazakhCourse, StringComparison.Ordinal);
        Assert.Contains("Доходы бюджета", kazakhCourse, StringComparison.Ordinal);
    }

    private static async Task<long> WriteQuestionAsync(Journey journey, IPage editor)
    {
        await journey.FollowAsync(editor, editor.Locator("nav a[href='/admin/questions']"), url => url.EndsWith("/admin/questions", StringComparison.Ordinal), "question-bank");
        await editor.Locator("#new-type").SelectOptionAsync(nameof(QuestionType.SingleChoice));
        await journey.FollowAsync(editor, editor.Locator("form[action='/admin/questions/new'] button[type='submit']"), url => url.Contains("/admin/questions/new", StringComparison.Ordinal), "question-new");
        await editor.Locator("#q-stem-kk").FillAsync("Ауыл бюджетінің негізгі кіріс көзі қандай?");
        await editor.Locator("#q-stem-ru").FillAsync("Каков основной источник доходов сельского бюджета?");
        await editor.Locator("input[name='Options[0].Text.kk']").FillAsync("Жер салығы");
        await editor.Locator("input[name='Options[0].Text.ru']").FillAsync("Земельный налог");
        await editor.Locator("input[name='Options[0].Correct']").CheckAsync();
        await editor.Locator("input[name='Options[1].Text.kk']").FillAsync("Қайырымдылық");
        await editor.Locator("input[name='Options[1].Text.ru']").FillAsync("Благотворительность");
        await journey.FollowAsync(editor, editor.Locator("form.question-editor button[type='submit']"), url => url.Contains("saved=1", StringComparison.Ordinal), "question-saved");
        return long.Parse(new Uri(editor.Url).AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WriteLessonAsync(Journey journey, IPage editor)
    {
        await journey.FollowAsync(editor, editor.Locator("nav a[href='/admin/courses']"), url => url.EndsWith("/admin/courses", StringComparison.Ordinal), "courses");
        await journey.FollowAsync(editor, editor.Locator("main a[href='/admin/content/new/Lesson']"), url => url.EndsWith("/admin/content/new/Lesson", StringComparison.Ordinal), "lesson-new");
        await editor.Locator("#TitlePart_Title").FillAsync("Доходы бюджета");
        await editor.Locator("#LessonPart_EstimatedMinutes").FillAsync("20");
        await editor.Locator("#MarkdownBodyPart_Markdown").FillAsync("**Доходы** сельского бюджета: земельный налог, налог на имущество, трансферты.");
        await journey.FollowAsync(editor, editor.Locator("button[name='Action'][value='publish']"), url => url.Contains("published", StringComparison.Ordinal), "lesson-published");
    }

    private static async Task WriteQuizAsync(Journey journey, IPage editor, long questionId)
    {
        await journey.FollowAsync(editor, editor.Locator("nav a[href='/admin/quizzes']"), url => url.EndsWith("/admin/quizzes", StringComparison.Ordinal), "quizzes");
        await journey.FollowAsync(editor, editor.Locator("main a[href='/admin/content/new/Quiz']").First, url => url.EndsWith("/admin/content/new/Quiz", StringComparison.Ordinal), "quiz-new");
        await editor.Locator("#TitlePart_Title").FillAsync("Тест по доходам");
        await editor.Locator("#QuizPart_PassMarkPercent").FillAsync("100");
        await editor.Locator("#QuizPart_FixedQuestionIds").FillAsync(questionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await journey.FollowAsync(editor, editor.Locator("button[name='Action'][value='publish']"), url => url.Contains("published", StringComparison.Ordinal), "quiz-published");
    }

    private static async Task<string> WriteCourseAsync(Journey journey, IPage editor)
    {
        await journey.FollowAsync(editor, editor.Locator("nav a[href='/admin/courses']"), url => url.EndsWith("/admin/courses", StringComparison.Ordinal), "courses-again");
        await journey.FollowAsync(editor, editor.Locator("main a[href='/admin/content/new/Course']"), url => url.EndsWith("/admin/content/new/Course", StringComparison.Ordinal), "course-new");
        await editor.Locator("#TitlePart_Title").FillAsync("Планирование сельского бюджета");
        await editor.Locator("#CoursePart_Summary").FillAsync("Доходы и расходы бюджета сельского округа.");
        await editor.Locator("#CoursePart_EstimatedHours").FillAsync("4");
        await editor.Locator("input[name='CoursePart.SelfEnrollment']").CheckAsync();
        await editor.Locator("#MarkdownBodyPart_Markdown").FillAsync("Курс для акимов.");
        await journey.FollowAsync(editor, editor.Locator("button[name='Action'][value='draft']"), url => url.Contains("saved", StringComparison.Ordinal), "course-draft");
        return new Uri(editor.Url).AbsolutePath.Split('/')[^2];
    }

    private static async Task BuildOutlineAsync(Journey journey, IPage editor, string courseId)
    {
        var outline = $"/admin/courses/{courseId}/outline";
        await journey.FollowAsync(editor, editor.Locator($"main a[href='{outline}']"), url => new Uri(url).AbsolutePath == outline, "outline");
        await editor.Locator("button[name='Input.Action'][value='add-section']").ClickAsync();
        await editor.Locator("#section-0-title").WaitForAsync();
        await journey.SeeAsync(editor, "outline-section-added");
        await editor.Locator("#section-0-title").FillAsync("Доходы");
        await editor.Locator("#section-0-new").SelectOptionAsync(new SelectOptionValue { Label = "Доходы бюджета (Published)" });
        await editor.Locator("button[name='Input.Action'][value='add-lesson:0']").ClickAsync();
        await editor.Locator("li .lesson-title", new() { HasText = "Доходы бюджета" }).WaitForAsync();
        await journey.SeeAsync(editor, "outline-lesson-added");
        await editor.Locator("#section-0-new-item").SelectOptionAsync(new SelectOptionValue { Label = "Тест по доходам (Published)" });
        await editor.Locator("button[name='Input.Action'][value='add-item:0']").ClickAsync();
        await editor.Locator("li .lesson-title", new() { HasText = "Тест по доходам" }).WaitForAsync();
        await journey.SeeAsync(editor, "outline-quiz-added");
        await journey.FollowAsync(editor, editor.Locator($"main a[href='/admin/content/{courseId}/edit']"), url => new Uri(url).AbsolutePath.EndsWith("/edit", StringComparison.Ordinal), "course-edit");
        await journey.FollowAsync(editor, editor.Locator("button[name='Action'][value='publish']"), url => url.Contains("published", StringComparison.Ordinal), "course-published");
    }

    private static async Task<string> TranslateAsync(Journey journey, IPage editor, string courseId)
    {
        await journey.FollowAsync(editor, editor.Locator("section.translations button[name='Culture'][value='kk']"), url => url.Contains("translated", StringComparison.Ordinal) && !url.Contains(courseId, StringComparison.Ordinal), "translation-started");
        var translationId = new Uri(editor.Url).AbsolutePath.Split('/')[^2];
        await editor.Locator("#TitlePart_Title").FillAsync("Ауыл бюджетін жоспарлау");
        await editor.Locator("#CoursePart_Summary").FillAsync("Ауылдық округ бюджетінің кірістері мен шығыстары.");
        await editor.Locator("#MarkdownBodyPart_Markdown").FillAsync("Курс әкімдерге арналған.");
        await journey.FollowAsync(editor, editor.Locator("button[name='Action'][value='publish']"), url => url.Contains("published", StringComparison.Ordinal), "translation-published");
        return translationId;
    }
}
