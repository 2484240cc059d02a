using Mektep.Content;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Components;

namespace Mektep.Display;

/// <summary>
/// Base of a part's display component. It turns the part into markup and never queries storage: the page
/// above it loads what it needs.
/// </summary>
public abstract class PartDisplayBase<TPart> : ComponentBase where TPart : ContentPart
{
    /// <summary>The part to show.</summary>
    [Parameter, EditorRequired]
    public TPart Part { get; set; } = default!;

    /// <summary>The item that carries the part.</summary>
    [Parameter, EditorRequired]
    public ContentItem Item { get; set; } = default!;

    /// <summary>The part's placement in the type (name, settings, fields).</summary>
    [Parameter]
    public ContentTypePartDefinition? Definition { get; set; }

    /// <summary>Detail, Summary or another display type.</summary>
    [Parameter]
    public string DisplayType { get; set; } = DisplayTypes.Detail;
}

/// <summary>The display types the engine renders.</summary>
public static class DisplayTypes
{
    /// <summary>The item's own page.</summary>
    public const string Detail = "Detail";

    /// <summary>A card or list row on the public site.</summary>
    public const string Summary = "Summary";
}
