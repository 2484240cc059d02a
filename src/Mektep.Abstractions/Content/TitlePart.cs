namespace Mektep.Content;

/// <summary>The item's title; the engine copies it into <see cref="ContentItem.DisplayText"/>.</summary>
public sealed class TitlePart : ContentPart
{
    /// <summary>The title.</summary>
    public string Title { get; set; } = "";

    /// <inheritdoc />
    public override string? SearchText => Title;
}
