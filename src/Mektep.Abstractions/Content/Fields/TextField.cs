namespace Mektep.Content.Fields;

/// <summary>A line or block of plain text.</summary>
public sealed class TextField : ContentField
{
    /// <summary>The text.</summary>
    public string? Text { get; set; }

    /// <inheritdoc />
    public override string? SearchText => Text;
}
