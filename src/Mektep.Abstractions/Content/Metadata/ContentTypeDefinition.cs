using System.Text.Json.Nodes;

namespace Mektep.Content.Metadata;

/// <summary>What a content type is made of: its parts, in order, and how it behaves.</summary>
public sealed class ContentTypeDefinition
{
    /// <summary>Technical name, e.g. <c>Course</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Name shown to editors.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Editors can create items of this type from the admin.</summary>
    public bool Creatable { get; set; } = true;

    /// <summary>Items of this type appear in the admin's content list.</summary>
    public bool Listable { get; set; } = true;

    /// <summary>Items can be saved as drafts before publishing.</summary>
    public bool Draftable { get; set; } = true;

    /// <summary>Parts in display order.</summary>
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    /// <summary>Free-form settings modules read (e.g. the permission that guards the type).</summary>
    public JsonObject Settings { get; set; } = [];

    /// <summary>The part of this type that holds fields added in the admin; it is named after the type.</summary>
    public ContentTypePartDefinition? OwnPart => Parts.FirstOrDefault(p => p.Name == Name);
}

/// <summary>A part placed in a content type.</summary>
public sealed class ContentTypePartDefinition
{
    /// <summary>The name under which the part is stored in items (usually the part type's name).</summary>
    public string Name { get; set; } = "";

    /// <summary>The part type (a registered <see cref="ContentPart"/> name, or <c>ContentFieldsPart</c>).</summary>
    public string PartName { get; set; } = "";

    /// <summary>Fields of this part, in display order.</summary>
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    /// <summary>Per-type settings of the part.</summary>
    public JsonObject Settings { get; set; } = [];
}

/// <summary>A field placed in a part.</summary>
public sealed class ContentPartFieldDefinition
{
    /// <summary>Technical name, unique within the part.</summary>
    public string Name { get; set; } = "";

    /// <summary>The field type, e.g. <c>TextField</c>.</summary>
    public string FieldType { get; set; } = "";

    /// <summary>Label shown to editors.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>A value must be given.</summary>
    public bool Required { get; set; }

    /// <summary>Help text under the editor.</summary>
    public string? Hint { get; set; }

    /// <summary>Field-type settings (ranges, multiple, editor flavour).</summary>
    public JsonObject Settings { get; set; } = [];
}
