namespace Mektep.Content.Fields;

/// <summary>A moment in time, stored in UTC.</summary>
public sealed class DateTimeField : ContentField
{
    /// <summary>The moment (UTC), or null when not set.</summary>
    public DateTime? Value { get; set; }
}
