using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Localization;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Recipes;

namespace Mektep.Quizzes.Recipes;

/// <summary>
/// <c>{"Step": "quizzes", "Quizzes": [...]}</c>: quizzes with their questions, so that a quiz lands on another site
/// with its answer key. Each quiz has a LocalizationSet, Settings (the quiz part without question ids), Translations
/// (Id, Culture, Title, Intro), Questions (fixed, in order: Name, Tags, Category, Data) and optionally a Pool of bank
/// questions with Draws (<c>{"Category": ..., "Count": n}</c>). Option ids are replaced by fresh random ones, so an
/// ordering question's ids never give its answer away. Categories are matched by name or created.
/// </summary>
public sealed class QuizzesRecipeStep(IContentManager content, QuestionBank bank) : IRecipeStep
{
    public const int MaxQuestionsPerQuiz = 500;

    public string Name => "quizzes";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var quizzes = context.Read<List<QuizEntry>>("Quizzes");
        if (quizzes is null)
        {
            context.Problem("Quizzes", "is missing: list the quizzes to create.");
            return;
        }

        for (var i = 0; i < quizzes.Count; i++)
        {
            var quiz = quizzes[i];
            var path = $"Quizzes[{i}]";
            if (!RecipeIds.IsValid(quiz.LocalizationSet))
            {
                context.Problem(path + ".LocalizationSet", RecipeIds.Problem(quiz.LocalizationSet));
            }
            else
            {
                context.Plan.LocalizationSets[quiz.LocalizationSet!] = QuizTypes.Quiz;
            }

            if (quiz.Translations.Count == 0)
            {
                context.Problem(path + ".Translations", "a quiz needs at least one translation (Id, Culture, Title).");
            }

            var cultures = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < quiz.Translations.Count; t++)
            {
                await CheckTranslationAsync(context, $"{path}.Translations[{t}]", quiz.Translations[t], cultures, cancellationToken);
            }

            if (quiz.Settings.FixedQuestionIds.Count > 0 || quiz.Settings.DrawRules.Count > 0)
            {
                context.Problem(path + ".Settings", "must not name question ids or draw rules: list the questions under Questions, and draws under Draws.");
            }

            if (quiz.Settings.PassMarkPercent is < 0 or > 100)
            {
                context.Problem(path + ".Settings.PassMarkPercent", "must be between 0 and 100.");
            }

            if (quiz.Questions.Count + quiz.Pool.Count is 0 or > MaxQuestionsPerQuiz)
            {
                context.Problem(path + ".Questions", $"a quiz needs 1 to {MaxQuestionsPerQuiz} questions.");
            }

            CheckQuestions(context, path + ".Questions", quiz.Questions);
            CheckQuestions(context, path + ".Pool", quiz.Pool);
            for (var d = 0; d < quiz.Draws.Count; d++)
            {
                var draw = quiz.Draws[d];
                var inPool = quiz.Pool.Count(q => string.Equals(q.Category ?? quiz.Category, draw.Category, StringComparison.Ordinal));
                if (draw.Count < 1 || draw.Count > inPool)
                {
                    context.Problem($"{path}.Draws[{d}]", $"draws {draw.Count} from '{draw.Category}', which has {inPool} questions in the pool.");
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var quizzes = context.Read<List<QuizEntry>>("Quizzes")!;
        var categories = (await bank.CategoriesAsync(cancellationToken)).ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
        int quizCount = 0, questionCount = 0;
        foreach (var quiz in quizzes)
        {
            var settings = quiz.Settings;
            settings.FixedQuestionIds = [];
            foreach (var question in quiz.Questions)
            {
                settings.FixedQuestionIds.Add(await AddQuestionAsync(question, question.Category ?? quiz.Category, categories, cancellationToken));
            }

            foreach (var question in quiz.Pool)
            {
                await AddQuestionAsync(question, question.Category ?? quiz.Category, categories, cancellationToken);
            }

            settings.DrawRules = [.. quiz.Draws.Select(d => new DrawRule { CategoryId = categories[d.Category!], Count = d.Count })];
            questionCount += quiz.Questions.Count + quiz.Pool.Count;
            foreach (var translation in quiz.Translations)
            {
                await SaveTranslationAsync(quiz, translation, settings, cancellationToken);
            }

            quizCount++;
        }

        context.Plan.Summary.Add($"Quizzes: {quizCount} quizzes with {questionCount} questions.");
    }

    private async Task CheckTranslationAsync(RecipeStepContext context, string path, TranslationEntry translation, HashSet<string> cultures, CancellationToken cancellationToken)
    {
        if (!RecipeIds.IsValid(translation.Id))
        {
            context.Problem(path + ".Id", RecipeIds.Problem(translation.Id));
            return;
        }

        if (!context.Plan.ContentItemIds.Add(translation.Id!))
        {
            context.Problem(path + ".Id", $"'{translation.Id}' appears twice in the recipe.");
        }

        if (!SiteCultures.IsSupported(translation.Culture) || !cultures.Add(translation.Culture!))
        {
            context.Problem(path + ".Culture", $"'{translation.Culture}' is not one of {string.Join(", ", SiteCultures.All)}, or is given twice.");
        }

        if (string.IsNullOrWhiteSpace(translation.Title) || translation.Title.Length > 500)
        {
            context.Problem(path + ".Title", "a title of 1 to 500 characters is required.");
        }

        if (await content.GetAsync(translation.Id!, VersionOptions.Latest, cancellationToken) is { } existing && existing.ContentType != QuizTypes.Quiz)
        {
            context.Problem(path + ".Id", $"the site already has '{translation.Id}' as a {existing.ContentType}.");
        }
    }

    private static void CheckQuestions(RecipeStepContext context, string path, List<QuestionEntry> questions)
    {
        for (var q = 0; q < questions.Count; q++)
        {
            var question = questions[q];
            if (question.Data is null)
            {
                context.Problem($"{path}[{q}].Data", "is missing.");
                continue;
            }

            foreach (var problem in QuestionRules.Problems(question.Data))
            {
                context.Problem($"{path}[{q}].Data", problem);
            }

            if ((question.Category?.Length ?? 0) > QuestionCategory.MaxNameLength)
            {
                context.Problem($"{path}[{q}].Category", $"may have at most {QuestionCategory.MaxNameLength} characters.");
            }
        }
    }

    private async Task<long> AddQuestionAsync(QuestionEntry entry, string? category, Dictionary<string, long> categories, CancellationToken cancellationToken)
    {
        long? categoryId = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (!categories.TryGetValue(category.Trim(), out var id))
            {
                id = (await bank.AddCategoryAsync(category, cancellationToken)).Id;
                categories[category.Trim()] = id;
            }

            categoryId = id;
        }

        var data = entry.Data!;
        foreach (var option in data.Options)
        {
            option.Id = ""; // the bank gives each a fresh random id
        }

        return (await bank.AddAsync(data, categoryId, entry.Tags ?? "", entry.Name, cancellationToken)).Id;
    }

    private async Task SaveTranslationAsync(QuizEntry quiz, TranslationEntry translation, QuizPart settings, CancellationToken cancellationToken)
    {
        var existing = await content.GetAsync(translation.Id!, VersionOptions.Latest, cancellationToken);
        var item = existing ?? await content.NewAsync(QuizTypes.Quiz, cancellationToken);
        item.Apply(new TitlePart { Title = translation.Title!.Trim() });
        item.Apply(settings);
        item.Content[QuizTypes.MarkdownBodyPart] = new JsonObject { ["Markdown"] = translation.Intro ?? "" };
        if (existing is null)
        {
            item.ContentItemId = translation.Id!;
            item.Culture = translation.Culture!;
            item.LocalizationSet = quiz.LocalizationSet!;
            await content.CreateAsync(item, publish: quiz.Published, cancellationToken);
        }
        else
        {
            await (quiz.Published ? content.PublishAsync(item, cancellationToken) : content.SaveDraftAsync(item, cancellationToken));
        }
    }

    internal sealed class QuizEntry
    {
        public string? LocalizationSet { get; set; }

        public string? Category { get; set; }

        public bool Published { get; set; } = true;

        public QuizPart Settings { get; set; } = new();

        public List<TranslationEntry> Translations { get; set; } = [];

        public List<QuestionEntry> Questions { get; set; } = [];

        public List<QuestionEntry> Pool { get; set; } = [];

        public List<DrawEntry> Draws { get; set; } = [];
    }

    internal sealed class TranslationEntry
    {
        public string? Id { get; set; }

        public string? Culture { get; set; }

        public string? Title { get; set; }

        public string? Intro { get; set; }
    }

    internal sealed class QuestionEntry
    {
        public string? Name { get; set; }

        public string? Tags { get; set; }

        public string? Category { get; set; }

        public QuestionData? Data { get; set; }
    }

    internal sealed class DrawEntry
    {
        public string? Category { get; set; }

        public int Count { get; set; }
    }
}
