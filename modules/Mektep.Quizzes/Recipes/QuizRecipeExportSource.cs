using System.Text.Json;
using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Recipes;

namespace Mektep.Quizzes.Recipes;

/// <summary>Writes quizzes as a <c>quizzes</c> step with their questions (and the pools they draw from), read back by <see cref="QuizzesRecipeStep"/>.</summary>
public sealed class QuizRecipeExportSource(QuestionBank bank) : IRecipeExportSource
{
    public Task<IReadOnlyCollection<string>> DependenciesAsync(ContentItem item, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyCollection<string>>([]);

    public async Task<RecipeExportPart> ExportAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var quizzes = items.Where(i => i.ContentType == QuizTypes.Quiz).ToList();
        if (quizzes.Count == 0)
        {
            return RecipeExportPart.None;
        }

        var categories = (await bank.CategoriesAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var entries = new List<QuizzesRecipeStep.QuizEntry>();
        foreach (var set in quizzes.GroupBy(q => q.LocalizationSet, StringComparer.Ordinal))
        {
            var settings = set.First().As<QuizPart>();
            var fixedQuestions = await bank.GetManyAsync(settings.FixedQuestionIds, cancellationToken);
            var entry = new QuizzesRecipeStep.QuizEntry
            {
                LocalizationSet = set.Key,
                Published = set.Any(q => q.Published),
                Translations = [.. set.Select(q => new QuizzesRecipeStep.TranslationEntry
                {
                    Id = q.ContentItemId,
                    Culture = q.Culture,
                    Title = q.DisplayText,
                    Intro = q.Content[QuizTypes.MarkdownBodyPart]?["Markdown"]?.GetValue<string>() ?? "",
                })],
                Questions = [.. settings.FixedQuestionIds.Select(id => fixedQuestions.FirstOrDefault(q => q.Id == id)).OfType<Question>().Select(q => Entry(q, categories))],
            };
            foreach (var draw in settings.DrawRules.Where(d => categories.ContainsKey(d.CategoryId)))
            {
                var ids = (await bank.IdsInCategoryAsync(draw.CategoryId, cancellationToken)).Except(settings.FixedQuestionIds).ToList();
                entry.Pool.AddRange((await bank.GetManyAsync(ids, cancellationToken)).Select(q => Entry(q, categories)));
                entry.Draws.Add(new QuizzesRecipeStep.DrawEntry { Category = categories[draw.CategoryId], Count = draw.Count });
            }

            settings.FixedQuestionIds = [];
            settings.DrawRules = [];
            entry.Settings = settings;
            entries.Add(entry);
        }

        var step = new JsonObject
        {
            ["Step"] = "quizzes",
            ["Quizzes"] = JsonSerializer.SerializeToNode(entries, RecipeJson.Options),
        };
        return new RecipeExportPart([step], [.. quizzes.Select(q => q.ContentItemId)]);
    }

    private static QuizzesRecipeStep.QuestionEntry Entry(Question question, Dictionary<long, string> categories) => new()
    {
        Name = question.Name,
        Tags = question.Tags,
        Category = question.CategoryId is { } id ? categories.GetValueOrDefault(id) : null,
        Data = QuizJson.Question(question.Data),
    };
}
