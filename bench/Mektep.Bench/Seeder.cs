using System.Globalization;
using System.Text;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Engine;
using Mektep.Engine.Security;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Security;
using Microsoft.AspNetCore.Identity;

namespace Mektep.Bench;

/// <summary>The site the benchmark loads: the design's scale of courses and lessons, and learners enrolled in the first course.</summary>
internal static class Seeder
{
    public const string LearnerPassword = "Bench-Password-1";

    public static string LearnerEmail(int index) => $"learner{index:D4}@bench.mektep.local";

    public static string QuizLearnerEmail(int index) => $"examinee{index:D4}@bench.mektep.local";

    public const int QuizQuestions = 20;

    public static async Task<SeededSite> SeedAsync(BenchOptions options, TextWriter log)
    {
        var contentRoot = Directory.CreateTempSubdirectory("mektep-bench-seed-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            // Seeding commits thousands of small transactions; not waiting for each WAL flush makes it minutes faster.
            // The site under load runs with the server's default (synchronous) commits.
            ["ConnectionStrings:Mektep"] = options.ConnectionString + ";Options=-c synchronous_commit=off",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Setup:AdminEmail"] = "admin@bench.mektep.local",
            ["Setup:AdminPassword"] = "Bench-Admin-Password-1",
            ["Setup:AdminName"] = "Bench Administrator",
        });
        builder.AddMektep();
        await using var app = builder.Build();
        await app.InitializeMektepAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var body = LessonBody();
        ContentItem? firstCourse = null;
        ContentItem? firstLesson = null;
        for (var c = 1; c <= options.Courses; c++)
        {
            var lessons = new List<ContentItem>();
            for (var l = 1; l <= options.LessonsPerCourse; l++)
            {
                var lesson = await content.NewAsync(CourseTypes.Lesson);
                lesson.Culture = "kk";
                lesson.Apply(new TitlePart { Title = string.Create(CultureInfo.InvariantCulture, $"{c}.{l}. Ауыл экономикасы: {l}-сабақ") });
                lesson.Apply(new LessonPart { EstimatedMinutes = 20, CompletionMode = LessonCompletionMode.MarkAsDone });
                MarkdownBody.Set(lesson, body);
                lessons.Add(await content.CreateAsync(lesson, publish: true));
            }

            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "kk";
            course.Apply(new TitlePart { Title = string.Create(CultureInfo.InvariantCulture, $"Курс {c}: ауылдық округтің дамуы") });
            course.Apply(new CoursePart
            {
                Summary = "Табыс әкелетін салаларды табу, өндіріс көлемін бағалау және ауылдық округ бюджетін қалыптастыру.",
                Level = CourseLevel.Beginner,
                SelfEnrollment = true,
                EstimatedHours = 6,
                Tags = ["экономика", "бюджет"],
                Sections =
                [
                    new CourseSection
                    {
                        Id = "s1",
                        Title = "Негіздер",
                        Items = [.. lessons.Select(l => new CourseOutlineItem { ItemSet = l.LocalizationSet, ContentType = CourseTypes.Lesson, Required = true })],
                    },
                ],
            });
            MarkdownBody.Set(course, "Курстың **сипаттамасы**: ауыл шаруашылығы, кооперативтер, жергілікті бюджет.");
            course = await content.CreateAsync(course, publish: true);
            firstCourse ??= course;
            firstLesson ??= lessons[0];
            if (c % 20 == 0)
            {
                await log.WriteLineAsync($"  {c} courses seeded");
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        var learning = scope.ServiceProvider.GetRequiredService<LearningService>();
        string? firstLearnerId = null;
        for (var i = 0; i < options.Learners; i++)
        {
            var email = LearnerEmail(i);
            var user = new SiteUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Тыңдаушы {i}", LockoutEnabled = true };
            Check(await users.CreateAsync(user, LearnerPassword));
            Check(await users.AddToRoleAsync(user, StandardRoles.Learner));
            await learning.EnrollAsync(user.Id, firstCourse!.LocalizationSet, EnrollmentSources.Admin);
            firstLearnerId ??= user.Id;
        }

        var verificationCode = await SeedCertificateAsync(scope.ServiceProvider, content, firstCourse!, firstLearnerId ?? throw new InvalidOperationException("--learners must be at least 1: the certificate is issued to the first."));

        var quiz = await SeedQuizAsync(scope.ServiceProvider, content);
        await SeedQuizLearnersAsync(users, options.QuizLearners);
        await log.WriteLineAsync($"  a {QuizQuestions}-question quiz and {options.QuizLearners} examinees seeded");
        return new SeededSite(firstCourse!.ContentItemId, firstLesson!.ContentItemId, quiz.ContentItemId, verificationCode);
    }

    /// <summary>A certificate template for the course and one certificate issued from it: its code is what the verification page checks.</summary>
    private static async Task<string> SeedCertificateAsync(IServiceProvider services, IContentManager content, ContentItem course, string userId)
    {
        var template = await content.NewAsync(CertificateTypes.CertificateTemplate);
        template.Culture = "kk";
        template.Apply(new TitlePart { Title = "Сертификат" });
        template.Apply(new CertificateTemplatePart
        {
            CourseSet = course.LocalizationSet,
            Body = "{{ learner_name }}\n«{{ course_title }}» курсын {{ completion_date }} аяқтады, {{ hours }} сағат.",
            Signatories = [new Signatory { Name = "Б. Тоқаев", Position = "Директор" }],
        });
        await content.CreateAsync(template, publish: true);
        var issued = await services.GetRequiredService<CertificateIssuer>().IssueAsync(course.LocalizationSet, userId, CertificateSources.Manual, "kk", requireCompletion: false);
        return issued.Certificate?.VerificationCode ?? throw new InvalidOperationException("The benchmark's certificate was not issued: " + issued.Outcome);
    }

    /// <summary>The national session's exam: 20 questions of the kinds the school's quizzes use, all on one page.</summary>
    private static async Task<ContentItem> SeedQuizAsync(IServiceProvider services, IContentManager content)
    {
        var bank = services.GetRequiredService<QuestionBank>();
        var ids = new List<long>();
        for (var q = 1; q <= QuizQuestions; q++)
        {
            var data = (q % 5) switch
            {
                0 => new QuestionData { Type = QuestionType.TrueFalse, Stem = LocalizedText.Of("kk", $"{q}. Ауылдық округтің өз бюджеті бар."), TrueFalseAnswer = true },
                4 => new QuestionData { Type = QuestionType.Numeric, Stem = LocalizedText.Of("kk", $"{q}. 120 сиырдан жылына қанша тонна сүт алынады (бір сиыр 3,5 т)?"), NumericAnswer = 420m, Tolerance = 5m, Units = ["т"] },
                _ => new QuestionData
                {
                    Type = QuestionType.SingleChoice,
                    Stem = LocalizedText.Of("kk", $"{q}. Қай сала ауылдық округке тұрақты табыс әкеледі?"),
                    Options =
                    [
                        new QuestionOption { Text = LocalizedText.Of("kk", "Сүт өңдеу кооперативі"), Correct = true },
                        new QuestionOption { Text = LocalizedText.Of("kk", "Бір реттік мереке") },
                        new QuestionOption { Text = LocalizedText.Of("kk", "Жаңа әкімдік ғимараты") },
                        new QuestionOption { Text = LocalizedText.Of("kk", "Ештеңе") },
                    ],
                },
            };
            ids.Add((await bank.AddAsync(data, null, "bench")).Id);
        }

        var quiz = await content.NewAsync(QuizTypes.Quiz);
        quiz.Culture = "kk";
        quiz.Apply(new TitlePart { Title = "Ұлттық сессия: қорытынды емтихан" });
        quiz.Apply(new QuizPart { PassMarkPercent = 60, FixedQuestionIds = ids, ShuffleOptions = true, Layout = QuizLayout.AllOnOnePage });
        return await content.CreateAsync(quiz, publish: true);
    }

    /// <summary>
    /// Examinees share one password hash: hashing 2,500 passwords one by one would take minutes of the seed and
    /// measures nothing. Each still signs in through the site, which verifies the password as always.
    /// </summary>
    private static async Task SeedQuizLearnersAsync(UserManager<SiteUser> users, int count)
    {
        var hash = users.PasswordHasher.HashPassword(new SiteUser(), LearnerPassword);
        for (var i = 0; i < count; i++)
        {
            var email = QuizLearnerEmail(i);
            var user = new SiteUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Әкім {i}", LockoutEnabled = true, PasswordHash = hash };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, StandardRoles.Learner));
        }
    }

    /// <summary>About 4 KB of Markdown: headings, paragraphs, a list and a table, as an editor writes a lesson.</summary>
    private static string LessonBody()
    {
        var text = new StringBuilder();
        text.AppendLine("# Ауылдық округтің табыс көздері").AppendLine();
        for (var p = 0; p < 6; p++)
        {
            text.AppendLine("Ауылдық округтің экономикасы жергілікті ресурстарға, халықтың кәсібіне және нарыққа жақындығына байланысты. "
                + "Әкім алдымен округтегі **өндірістік әлеуетті** бағалап, қай салалар табыс әкелетінін анықтауы керек: мал шаруашылығы, "
                + "өсімдік шаруашылығы, өңдеу, қызмет көрсету немесе туризм.").AppendLine();
        }

        text.AppendLine("## Негізгі қадамдар").AppendLine();
        foreach (var step in new[] { "Ресурстарды тізімдеу", "Нарықты зерттеу", "Өндіріс көлемін есептеу", "Кооператив құру", "Бюджетке енгізу" })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {step}");
        }

        text.AppendLine().AppendLine("| Сала | Көлемі | Табыс, мың теңге |").AppendLine("|---|---|---|");
        for (var r = 1; r <= 8; r++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| Сала {r} | {r * 120} т | {r * 1500} |");
        }

        return text.ToString();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Ids of the items whose pages the benchmark requests.</summary>
internal sealed record SeededSite(string CourseId, string LessonId, string QuizId, string VerificationCode);
