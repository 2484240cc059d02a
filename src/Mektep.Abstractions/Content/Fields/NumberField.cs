namespace Mektep.Content.Fields;

/// <summary>A decimal number.</summary>
public sealed class NumberField : ContentField
{
    /// <summary>The number, or null when not set.</summary>
    public decimal? Value { get; set; }
}
