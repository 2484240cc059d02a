using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Recipes;

namespace Mektep.Engine.Recipes;

/// <summary>
/// Writes content as a recipe another site can import: the chosen items in every translation, with what travels
/// with them (a course's lessons and quizzes, their media), each module writing its own items as its own step.
/// The published version of an item is exported; an item never published goes as a draft.
/// </summary>
public sealed class RecipeExporter(IContentManager content, IEnumerable<IRecipeExportSource> sources)
{
    /// <summary>At most this many localization sets per export: a bound against cycles and runaway outlines.</summary>
    public const int MaxSets = 2_000;

    public async Task<JsonObject> ExportAsync(string name, string title, IReadOnlyCollection<string> localizationSets, CancellationToken cancellationToken = default)
    {
        var sourceList = sources.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(localizationSets);
        var items = new List<ContentItem>();
        while (queue.TryDequeue(out var set) && seen.Count < MaxSets)
        {
            if (!seen.Add(set))
            {
                continue;
            }

            foreach (var item in await TranslationsAsync(set, cancellationToken))
            {
                items.Add(item);
                foreach (var source in sourceList)
                {
                    foreach (var dependency in await source.DependenciesAsync(item, cancellationToken))
                    {
                        queue.Enqueue(dependency);
                    }
                }
            }
        }

        var steps = new JsonArray();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sourceList)
        {
            var part = await source.ExportAsync(items, cancellationToken);
            foreach (var step in part.Steps)
            {
                steps.Add(step);
            }

            covered.UnionWith(part.ContentItemIds);
        }

        var rest = new JsonArray();
        foreach (var item in items.Where(i => !covered.Contains(i.ContentItemId)))
        {
            rest.Add(new JsonObject
            {
                ["Id"] = item.ContentItemId,
                ["Type"] = item.ContentType,
                ["Culture"] = item.Culture,
                ["LocalizationSet"] = item.LocalizationSet,
                ["Published"] = item.Published,
                ["Content"] = item.Content.DeepClone(),
            });
        }

        if (rest.Count > 0)
        {
            steps.Add(new JsonObject { ["Step"] = "content", ["Items"] = rest });
        }

        return new JsonObject { ["Name"] = name, ["Title"] = title, ["Steps"] = steps };
    }

    private async Task<IReadOnlyList<ContentItem>> TranslationsAsync(string set, CancellationToken cancellationToken)
    {
        var published = await content.GetTranslationsAsync(set, VersionOptions.Published, cancellationToken);
        var latest = await content.GetTranslationsAsync(set, VersionOptions.Latest, cancellationToken);
        return [.. published, .. latest.Where(l => !published.Any(p => p.ContentItemId == l.ContentItemId))];
    }
}
