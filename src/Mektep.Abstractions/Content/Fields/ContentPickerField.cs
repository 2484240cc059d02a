namespace Mektep.Content.Fields;

/// <summary>References to other content items.</summary>
public sealed class ContentPickerField : ContentField
{
    /// <summary>Content item ids, in order.</summary>
    public string[] ContentItemIds { get; set; } = [];
}
