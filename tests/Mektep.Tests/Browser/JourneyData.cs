using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Quizzes;

namespace Mektep.Tests.Browser;

/// <summary>What a journey needs before it starts, made through the modules' services (the journeys that author it have their own test).</summary>
internal static class JourneyData
{
    public const string CourseTitle = "Ауыл шаруашылығы кооперативтері";
    public const string LessonTitle = "Кооператив құру";
    public const string QuizTitle = "Кооперативтер бойынша тест";
    public const string RightAnswer = "Мүшелердің жалпы жиналысы";
    public const string WrongAnswer = "Аудан әкімі";

    /// <summary>A published Kazakh course (self-enrollment) of one lesson and one quiz, both required, with a certificate issued on completion.</summary>
    public static async Task<LearningCourse> CourseWithQuizAsync(SiteFactory site, bool issueOnCompletion = true)
    {
        var question = await site.Services.AddQuestionAsync(new QuestionData
        {
            Type = QuestionType.SingleChoice,
            Stem = new LocalizedText { ["kk"] = "Кооперативтің жоғары органы қандай?", ["ru"] = "Какой орган кооператива высший?" },
            Options =
            [
                new QuestionOption { Text = LocalizedText.Of("kk", RightAnswer), Correct = true },
                new QuestionOption { Text = LocalizedText.Of("kk", WrongAnswer) },
            ],
        });
        var quiz = await site.Services.NewQuizAsync(QuizTitle, part =>
        {
            part.PassMarkPercent = 100;
            part.FixedQuestionIds = [question.Id];
        });
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync(LessonTitle, body: "Кооператив **мүшелердің** ерікті бірлестігі.\n\nЖалпы жиналыс — жоғары орган.");
            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "kk";
            course.Apply(new TitlePart { Title = CourseTitle });
            course.Apply(new CoursePart
            {
                Summary = "Кооператив құру және басқару.",
                SelfEnrollment = true,
                EstimatedHours = 3,
                Sections =
                [
                    new CourseSection
                    {
                        Id = "s1",
                        Title = "Негіздер",
                        Items =
                        [
                            new CourseOutlineItem { ItemSet = lesson.LocalizationSet, ContentType = CourseTypes.Lesson, Required = true },
                            new CourseOutlineItem { ItemSet = quiz.LocalizationSet, ContentType = QuizTypes.Quiz, Required = true },
                        ],
                    },
                ],
            });
            MarkdownBody.Set(course, "Курс ауыл әкімдеріне арналған.");
            return (await content.CreateAsync(course, publish: true), lesson);
        });
        await site.TemplateAsync(course, alter: part => part.IssueOnCompletion = issueOnCompletion);
        return new LearningCourse(course, lesson, quiz);
    }

    /// <summary>Published Russian translations of the course and its lesson, linked to the Kazakh ones.</summary>
    public static async Task<LearningCourse> TranslateToRussianAsync(SiteFactory site, LearningCourse kazakh)
        => await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewTranslationAsync(kazakh.Lesson.ContentItemId, "ru");
            lesson.Apply(new TitlePart { Title = "Создание кооператива" });
            MarkdownBody.Set(lesson, "Кооператив — **добровольное** объединение членов.\n\nВысший орган — общее собрание.");
            lesson = await content.CreateAsync(lesson, publish: true);
            var course = await content.NewTranslationAsync(kazakh.Course.ContentItemId, "ru");
            course.Apply(new TitlePart { Title = "Сельскохозяйственные кооперативы" });
            course.Alter<CoursePart>(part =>
            {
                part.Summary = "Создание кооператива и управление им.";
                part.Sections[0].Title = "Основы";
            });
            MarkdownBody.Set(course, "Курс для сельских акимов.");
            course = await content.CreateAsync(course, publish: true);
            return new LearningCourse(course, lesson, kazakh.Quiz);
        });
}

internal sealed record LearningCourse(ContentItem Course, ContentItem Lesson, ContentItem Quiz);
