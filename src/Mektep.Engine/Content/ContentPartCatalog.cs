using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;

namespace Mektep.Engine.Content;

/// <summary>The code-defined parts modules registered, by name.</summary>
public sealed class ContentPartCatalog(IEnumerable<ContentPartRegistration> registrations)
{
    private readonly FrozenDictionary<string, ContentPartRegistration> _parts = registrations
        .GroupBy(r => r.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IEnumerable<ContentPartRegistration> All => _parts.Values.OrderBy(p => p.DisplayName, StringComparer.Ordinal);

    public ContentPartRegistration? Find(string partName) => _parts.GetValueOrDefault(partName);

    /// <summary>The stored part as its CLR type, or null when the part type is not registered (its module is gone).</summary>
    public ContentPart? Read(ContentItem item, ContentTypePartDefinition definition)
    {
        if (item.Content[definition.Name] is not JsonObject node)
        {
            return null;
        }

        var type = definition.PartName == nameof(ContentFieldsPart) ? typeof(ContentFieldsPart) : Find(definition.PartName)?.PartType;
        return type is null ? null : (ContentPart?)node.Deserialize(type, ContentJson.Options);
    }

    /// <summary>All words of an item a search should find: title, parts' text, text fields.</summary>
    public string SearchText(ContentItem item, ContentTypeDefinition? type)
    {
        var text = new List<string> { item.DisplayText };
        foreach (var part in type?.Parts ?? [])
        {
            if (Read(item, part)?.SearchText is { Length: > 0 } partText)
            {
                text.Add(partText);
            }

            foreach (var field in part.Fields)
            {
                if (FieldTypes.Find(field.FieldType) is { } fieldType
                    && item.Content[part.Name]?[field.Name] is JsonObject node
                    && node.Deserialize(fieldType, ContentJson.Options) is ContentField { SearchText: { Length: > 0 } fieldText })
                {
                    text.Add(fieldText);
                }
            }
        }

        return string.Join('\n', text);
    }
}
