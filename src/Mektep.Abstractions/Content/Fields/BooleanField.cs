namespace Mektep.Content.Fields;

/// <summary>A yes/no value.</summary>
public sealed class BooleanField : ContentField
{
    /// <summary>The value.</summary>
    public bool Value { get; set; }
}
