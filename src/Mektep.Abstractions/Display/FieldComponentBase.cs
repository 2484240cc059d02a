using Mektep.Content;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Components;

namespace Mektep.Display;

/// <summary>Base of a field's display and editor components.</summary>
public abstract class FieldComponentBase<TField> : ComponentBase where TField : ContentField
{
    /// <summary>The field's value; an empty field when the item has none yet.</summary>
    [Parameter, EditorRequired]
    public TField Field { get; set; } = default!;

    /// <summary>The field's definition (label, hint, settings).</summary>
    [Parameter, EditorRequired]
    public ContentPartFieldDefinition Definition { get; set; } = default!;

    /// <summary>Form-name prefix (editors only).</summary>
    [Parameter]
    public string Prefix { get; set; } = "";

    /// <summary>Validation error for this field (editors only).</summary>
    [Parameter]
    public string? Error { get; set; }

    /// <summary>The input's name and id.</summary>
    protected string InputName => Prefix;

    /// <summary>An id safe for label/for.</summary>
    protected string InputId => Prefix.Replace('.', '_');
}
