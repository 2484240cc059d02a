using System.Text.Json;
using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Engine.Content;
using Mektep.Engine.Data;
using Mektep.Localization;
using Mektep.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Recipes;

/// <summary>
/// <c>{"Step": "content", "Items": [{"Id": ..., "Type": "Lesson", "Culture": "kk", "LocalizationSet": ..., "Published": true, "Content": {parts}}]}</c>.
/// An item whose id exists gets a new version with the recipe's parts, so importing a course again updates it.
/// </summary>
internal sealed class ContentRecipeStep(IContentManager content, IContentDefinitionManager definitions, ContentPartCatalog parts, MektepDbContext db) : IRecipeStep
{
    public const int MaxItems = 5_000;

    public string Name => "content";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var items = context.Read<List<ItemEntry>>("Items");
        if (items is null)
        {
            context.Problem("Items", "is missing: list the content items to create.");
            return;
        }

        if (items.Count > MaxItems)
        {
            context.Problem("Items", $"holds {items.Count} items; at most {MaxItems} fit in one recipe.");
            return;
        }

        var types = new Dictionary<string, ContentTypeDefinition?>(StringComparer.Ordinal);
        var translations = new HashSet<(string, string)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = $"Items[{i}]";
            if (!RecipeIds.IsValid(item.Id))
            {
                context.Problem(path + ".Id", RecipeIds.Problem(item.Id));
            }
            else if (!context.Plan.ContentItemIds.Add(item.Id!))
            {
                context.Problem(path + ".Id", $"'{item.Id}' appears twice in the recipe.");
            }

            if (!RecipeIds.IsValid(item.LocalizationSet))
            {
                context.Problem(path + ".LocalizationSet", RecipeIds.Problem(item.LocalizationSet));
            }

            if (!SiteCultures.IsSupported(item.Culture))
            {
                context.Problem(path + ".Culture", $"'{item.Culture}' is not one of {string.Join(", ", SiteCultures.All)}.");
            }
            else if (item.LocalizationSet is { } set && !translations.Add((set, item.Culture!)))
            {
                context.Problem(path + ".Culture", $"'{set}' has two {item.Culture} translations in the recipe.");
            }

            var typeName = item.Type ?? "";
            if (!types.TryGetValue(typeName, out var type))
            {
                types[typeName] = type = await definitions.GetTypeAsync(typeName, cancellationToken);
            }

            if (type is null)
            {
                context.Problem(path + ".Type", $"there is no content type '{item.Type}' on this site (is its module enabled?).");
                continue;
            }

            if (item.LocalizationSet is { } localizationSet)
            {
                context.Plan.LocalizationSets[localizationSet] = type.Name;
            }

            CheckParts(context, path, item, type);
            if (item.Id is { } id && item.Culture is { } culture && item.LocalizationSet is { } itemSet)
            {
                await CheckAgainstStoreAsync(context, path, id, culture, itemSet, type.Name, cancellationToken);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var items = context.Read<List<ItemEntry>>("Items")!;
        int created = 0, updated = 0;
        foreach (var entry in items)
        {
            var existing = await content.GetAsync(entry.Id!, VersionOptions.Latest, cancellationToken);
            var item = existing ?? await content.NewAsync(entry.Type!, cancellationToken);
            foreach (var (part, node) in entry.Content)
            {
                item.Content[part] = node?.DeepClone();
            }

            if (existing is null)
            {
                item.ContentItemId = entry.Id!;
                item.Culture = entry.Culture!;
                item.LocalizationSet = entry.LocalizationSet!;
                await content.CreateAsync(item, publish: entry.Published, cancellationToken);
                created++;
            }
            else
            {
                await (entry.Published ? content.PublishAsync(item, cancellationToken) : content.SaveDraftAsync(item, cancellationToken));
                updated++;
            }
        }

        context.Plan.Summary.Add($"Content: {created} items created, {updated} updated.");
    }

    private void CheckParts(RecipeStepContext context, string path, ItemEntry item, ContentTypeDefinition type)
    {
        foreach (var (name, node) in item.Content)
        {
            var definition = type.Parts.FirstOrDefault(p => p.Name == name);
            if (definition is null)
            {
                context.Problem($"{path}.Content.{name}", $"'{type.Name}' has no part '{name}' (it has {string.Join(", ", type.Parts.Select(p => p.Name))}).");
                continue;
            }

            if (node is not JsonObject)
            {
                context.Problem($"{path}.Content.{name}", "must be an object.");
                continue;
            }

            try
            {
                parts.Read(new ContentItem { Content = new JsonObject { [name] = node.DeepClone() } }, definition);
            }
            catch (JsonException ex)
            {
                context.Problem($"{path}.Content.{name}", $"cannot be read: {ex.Message}");
            }
        }
    }

    private async Task CheckAgainstStoreAsync(RecipeStepContext context, string path, string id, string culture, string set, string type, CancellationToken cancellationToken)
    {
        var stored = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => (r.ContentItemId == id || (r.LocalizationSet == set && r.Culture == culture)) && (r.Latest || r.Published))
            .Select(r => new { r.ContentItemId, r.ContentType, r.Culture, r.LocalizationSet })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return;
        }

        if (stored.ContentItemId != id)
        {
            context.Problem(path + ".LocalizationSet", $"the site already has a {culture} translation of '{set}' under another id ({stored.ContentItemId}).");
        }
        else if (stored.ContentType != type || stored.Culture != culture || stored.LocalizationSet != set)
        {
            context.Problem(path + ".Id", $"the site already has '{id}' as a {stored.ContentType} in {stored.Culture} of '{stored.LocalizationSet}'; a recipe can update it but not turn it into something else.");
        }
    }

    private sealed class ItemEntry
    {
        public string? Id { get; set; }

        public string? Type { get; set; }

        public string? Culture { get; set; }

        public string? LocalizationSet { get; set; }

        public bool Published { get; set; } = true;

        public JsonObject Content { get; set; } = [];
    }
}
