using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mektep.Content;

/// <summary>
/// One version of a piece of content. Its parts and fields live in <see cref="Content"/>, a JSON object keyed
/// by part name; typed access goes through <see cref="As{TPart}()"/> and <see cref="Apply"/>.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Identifies the item across all its versions.</summary>
    public string ContentItemId { get; set; } = "";

    /// <summary>Identifies this version.</summary>
    public string ContentItemVersionId { get; set; } = "";

    /// <summary>The content type name, e.g. <c>Course</c>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The title shown in lists, kept in sync from the title part by the engine.</summary>
    public string DisplayText { get; set; } = "";

    /// <summary>True when this is the version the public sees.</summary>
    public bool Published { get; set; }

    /// <summary>True when this is the newest version (the one editors see).</summary>
    public bool Latest { get; set; }

    /// <summary>User id of the owner.</summary>
    public string? Owner { get; set; }

    /// <summary>User id of the last person who saved this version.</summary>
    public string? Author { get; set; }

    /// <summary>When the item was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When this version was last saved (UTC).</summary>
    public DateTime ModifiedUtc { get; set; }

    /// <summary>When the item was last published (UTC), if ever.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The culture of this item's text: <c>kk</c>, <c>ru</c> or <c>en</c>.</summary>
    public string Culture { get; set; } = "";

    /// <summary>Links the translations of one piece of content; all share this id.</summary>
    public string LocalizationSet { get; set; } = "";

    /// <summary>
    /// Concurrency stamp: the number of saves of this item. An editor posts the stamp it loaded; a save whose
    /// stamp is no longer current is refused with <see cref="ContentConflictException"/>.
    /// </summary>
    public int Revision { get; set; }

    /// <summary>Version number within the item's history (1, 2, 3, ...).</summary>
    public int VersionNumber { get; set; }

    /// <summary>Parts and fields, keyed by part name.</summary>
    public JsonObject Content { get; set; } = [];

    /// <summary>True when the item carries a part with this name.</summary>
    public bool Has(string partName) => Content.ContainsKey(partName);

    /// <summary>Reads the part named after its type.</summary>
    public TPart As<TPart>() where TPart : ContentPart, new() => As<TPart>(typeof(TPart).Name);

    /// <summary>Reads a named part; returns an empty part when the item has none.</summary>
    public TPart As<TPart>(string partName) where TPart : ContentPart, new()
        => Content[partName] is JsonObject node
            ? node.Deserialize<TPart>(ContentJson.Options) ?? new TPart()
            : new TPart();

    /// <summary>Reads a field of a part, or null when absent.</summary>
    public TField? Field<TField>(string partName, string fieldName) where TField : ContentField
        => Content[partName]?[fieldName] is JsonObject node ? node.Deserialize<TField>(ContentJson.Options) : null;

    /// <summary>Writes a part back under its type name.</summary>
    public ContentItem Apply<TPart>(TPart part) where TPart : ContentPart => Apply(typeof(TPart).Name, part);

    /// <summary>Writes a part back under a name, keeping the fields that live inside it.</summary>
    public ContentItem Apply(string partName, ContentPart part)
    {
        var node = JsonSerializer.SerializeToNode(part, part.GetType(), ContentJson.Options)!.AsObject();
        if (Content[partName] is JsonObject existing)
        {
            foreach (var (key, value) in existing)
            {
                if (!node.ContainsKey(key) && value is JsonObject field && field.ContainsKey(ContentField.TypeKey))
                {
                    node[key] = value.DeepClone();
                }
            }
        }

        Content[partName] = node;
        return this;
    }

    /// <summary>Writes a field inside a part.</summary>
    public ContentItem ApplyField(string partName, string fieldName, ContentField field)
    {
        if (Content[partName] is not JsonObject part)
        {
            part = [];
            Content[partName] = part;
        }

        var node = JsonSerializer.SerializeToNode(field, field.GetType(), ContentJson.Options)!.AsObject();
        node[ContentField.TypeKey] = field.GetType().Name;
        part[fieldName] = node;
        return this;
    }

    /// <summary>Reads, changes and writes back a part.</summary>
    public ContentItem Alter<TPart>(Action<TPart> alter) where TPart : ContentPart, new()
    {
        var part = As<TPart>();
        alter(part);
        return Apply(part);
    }

    /// <summary>A deep copy, used to start a new version.</summary>
    public ContentItem Clone() => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Published = Published,
        Latest = Latest,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        Culture = Culture,
        LocalizationSet = LocalizationSet,
        Revision = Revision,
        VersionNumber = VersionNumber,
        Content = Content.DeepClone().AsObject(),
    };
}
