using Mektep.Content;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Components;

namespace Mektep.Display;

/// <summary>
/// Base of a part's editor component. Inputs are named <c>{Prefix}.{Property}</c> so the part's
/// <see cref="IPartEditorBinder"/> can read them back from the posted form.
/// An editor that reads storage while it initializes must do so in a service scope of its own: the editor page and
/// sibling editors initialize at the same time, and one request's DbContext allows one operation at a time.
/// </summary>
public abstract class PartEditorBase<TPart> : ComponentBase where TPart : ContentPart
{
    /// <summary>The part being edited.</summary>
    [Parameter, EditorRequired]
    public TPart Part { get; set; } = default!;

    /// <summary>The item that carries the part.</summary>
    [Parameter, EditorRequired]
    public ContentItem Item { get; set; } = default!;

    /// <summary>Form-name prefix of the part's inputs.</summary>
    [Parameter, EditorRequired]
    public string Prefix { get; set; } = "";

    /// <summary>The part's placement in the type.</summary>
    [Parameter]
    public ContentTypePartDefinition? Definition { get; set; }

    /// <summary>Validation errors keyed by input name.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    /// <summary>The input name of a property.</summary>
    protected string NameOf(string property) => $"{Prefix}.{property}";

    /// <summary>The element id of a property's input (for labels).</summary>
    protected string IdOf(string property) => $"{Prefix}.{property}".Replace('.', '_');

    /// <summary>The error for a property, if any.</summary>
    protected string? ErrorOf(string property) => Errors.GetValueOrDefault(NameOf(property));
}
