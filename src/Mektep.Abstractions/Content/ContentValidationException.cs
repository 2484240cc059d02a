namespace Mektep.Content;

/// <summary>Raised when an item cannot be saved as given; <see cref="Errors"/> are keyed by form field name.</summary>
public sealed class ContentValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception("The item is not valid: " + string.Join("; ", errors.Values))
{
    /// <summary>Error messages keyed by field.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
