using Mektep.Content;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes;

/// <summary>Bank questions and quizzes made through the module's own services, the way the editors' saves store them.</summary>
internal static class QuizTestData
{
    /// <summary>An accepted answer no page may show before review.</summary>
    public const string SecretAnswer = "жасырынжауап";

    /// <summary>The numeric key; unusual enough that finding it on a page means it leaked.</summary>
    public const decimal SecretNumber = 7319.25m;

    public static QuestionData Single(string stem = "Қай сала кіріс әкеледі?") => new()
    {
        Type = QuestionType.SingleChoice,
        Stem = new LocalizedText { ["kk"] = stem, ["ru"] = "Какая отрасль приносит доход?" },
        Options =
        [
            new QuestionOption { Text = LocalizedText.Of("kk", "Мал шаруашылығы"), Correct = true },
            new QuestionOption { Text = LocalizedText.Of("kk", "Ештеңе") },
            new QuestionOption { Text = LocalizedText.Of("kk", "Білмеймін") },
        ],
    };

    public static QuestionData Short() => new()
    {
        Type = QuestionType.ShortText,
        Stem = LocalizedText.Of("kk", "Құпия сөз қандай?"),
        AcceptedAnswers = [SecretAnswer],
    };

    public static QuestionData Numeric() => new()
    {
        Type = QuestionType.Numeric,
        Stem = LocalizedText.Of("kk", "Өнім көлемі қанша тонна?"),
        NumericAnswer = SecretNumber,
        Tolerance = 0.5m,
        Units = ["т"],
    };

    public static QuestionData Essay() => new()
    {
        Type = QuestionType.Essay,
        Stem = LocalizedText.Of("kk", "Жобаңызды сипаттаңыз."),
        Rubric = LocalizedText.Of("kk", "Нақты сандар келтірілген."),
        Points = 4,
    };

    /// <summary>One question of every type.</summary>
    public static IEnumerable<QuestionData> EveryType()
    {
        yield return Single();
        yield return new QuestionData
        {
            Type = QuestionType.MultipleChoice,
            Stem = LocalizedText.Of("kk", "Қайсысы кіріс көзі?"),
            Scoring = MultipleChoiceScoring.PartialCredit,
            Options = [new QuestionOption { Text = LocalizedText.Of("kk", "Салық"), Correct = true }, new QuestionOption { Text = LocalizedText.Of("kk", "Жалдау"), Correct = true }, new QuestionOption { Text = LocalizedText.Of("kk", "Ұйқы") }],
        };
        yield return new QuestionData { Type = QuestionType.TrueFalse, Stem = LocalizedText.Of("kk", "Ауыл бюджеті бар."), TrueFalseAnswer = true };
        yield return Numeric();
        yield return Short();
        yield return new QuestionData
        {
            Type = QuestionType.Ordering,
            Stem = LocalizedText.Of("kk", "Ретімен қойыңыз."),
            Options = [new QuestionOption { Text = LocalizedText.Of("kk", "Жоспар") }, new QuestionOption { Text = LocalizedText.Of("kk", "Бюджет") }, new QuestionOption { Text = LocalizedText.Of("kk", "Есеп") }],
        };
        yield return new QuestionData
        {
            Type = QuestionType.Matching,
            Stem = LocalizedText.Of("kk", "Сәйкестендіріңіз."),
            Options =
            [
                new QuestionOption { Text = LocalizedText.Of("kk", "Сүт"), Match = LocalizedText.Of("kk", "Мал шаруашылығы") },
                new QuestionOption { Text = LocalizedText.Of("kk", "Бидай"), Match = LocalizedText.Of("kk", "Егін шаруашылығы") },
            ],
        };
        yield return Essay();
    }

    public static async Task<Question> AddQuestionAsync(this IServiceProvider services, QuestionData data, long? categoryId = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QuestionBank>().AddAsync(data, categoryId, "test");
    }

    public static async Task<ContentItem> NewQuizAsync(this IServiceProvider services, string title, Action<QuizPart> configure, bool publish = true, string culture = "kk")
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var quiz = await content.NewAsync(QuizTypes.Quiz);
        quiz.Culture = culture;
        quiz.Apply(new TitlePart { Title = title });
        var part = new QuizPart { PassMarkPercent = 50 };
        configure(part);
        quiz.Apply(part);
        return await content.CreateAsync(quiz, publish);
    }

    /// <summary>A quiz of the given bank questions, in order.</summary>
    public static Task<ContentItem> NewQuizAsync(this IServiceProvider services, params Question[] questions)
        => services.NewQuizAsync("Тест", part => part.FixedQuestionIds = [.. questions.Select(q => q.Id)]);

    public static AttemptService Attempts(this IServiceProvider scoped, TimeProvider? clock = null)
        => clock is null
            ? scoped.GetRequiredService<AttemptService>()
            : ActivatorUtilities.CreateInstance<AttemptService>(scoped, clock);

    /// <summary>The right answer's option id of a choice question frozen in an attempt.</summary>
    public static string CorrectOption(this SnapshotQuestion question) => question.Data.Options.First(o => o.Correct).Id;

    public static string WrongOption(this SnapshotQuestion question) => question.Data.Options.First(o => !o.Correct).Id;

    public static AttemptSnapshot SnapshotOf(QuizAttempt attempt) => QuizJson.Snapshot(attempt.Snapshot);

    /// <summary>A quiz with one question of every type and one submitted, graded attempt (essay graded too).</summary>
    public static async Task<ContentItem> SubmittedQuizAsync(SiteFactory site)
    {
        var questions = new List<Question>();
        foreach (var data in EveryType())
        {
            questions.Add(await site.Services.AddQuestionAsync(data));
        }

        var quiz = await site.Services.NewQuizAsync("Тест", part => part.FixedQuestionIds = [.. questions.Select(q => q.Id)]);
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.Attempts();
        var (_, attempt) = await attempts.StartAsync(userId, quiz);
        var essay = questions.Single(q => q.Type == QuestionType.Essay);
        await attempts.SubmitAsync(userId, attempt!.Id, new Dictionary<long, List<string>> { [essay.Id] = ["Мәтін"], [questions[0].Id] = [SnapshotOf(attempt).Questions.First(q => q.QuestionId == questions[0].Id).CorrectOption()] });
        await attempts.GradeEssayAsync(attempt.Id, essay.Id, 2, null, "editor");
        return quiz;
    }

    public static Task<string> LearnerAsync(this SiteFactory site, string email = "akim@mektep.test")
        => site.CreateUserAsync(email, Mektep.Security.StandardRoles.Learner);
}
