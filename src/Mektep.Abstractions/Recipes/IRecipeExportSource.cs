using System.Text.Json.Nodes;
using Mektep.Content;

namespace Mektep.Recipes;

/// <summary>
/// Takes part in exporting content as a recipe. A module that owns a content type says what travels with one of its
/// items (a course takes its lessons and quizzes) and may write its own items as its own step (quizzes carry their
/// questions); items no source writes go into a <c>content</c> step as they are. Register as scoped.
/// </summary>
public interface IRecipeExportSource
{
    /// <summary>Localization sets that must travel with <paramref name="item"/> (none by default).</summary>
    Task<IReadOnlyCollection<string>> DependenciesAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the items this source owns as recipe steps and returns them, with the ids of the items it wrote; the
    /// others are left to the content step.
    /// </summary>
    Task<RecipeExportPart> ExportAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default);
}

/// <summary>Steps a source wrote and the content items they cover.</summary>
public sealed record RecipeExportPart(IReadOnlyList<JsonObject> Steps, IReadOnlyCollection<string> ContentItemIds)
{
    /// <summary>Nothing written.</summary>
    public static readonly RecipeExportPart None = new([], []);
}
