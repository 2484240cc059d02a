namespace Mektep.Content;

/// <summary>Raised when an item was saved by someone else after the editor loaded it.</summary>
public sealed class ContentConflictException(string contentItemId, int expectedRevision, int actualRevision, string? savedBy, DateTime savedUtc)
    : Exception($"This item was changed by {savedBy ?? "someone else"} at {savedUtc:yyyy-MM-dd HH:mm} UTC after you opened it (revision {actualRevision}, yours {expectedRevision}). Your changes were not saved: reload it and apply them again.")
{
    /// <summary>The item in conflict.</summary>
    public string ContentItemId { get; } = contentItemId;

    /// <summary>The revision the editor loaded.</summary>
    public int ExpectedRevision { get; } = expectedRevision;

    /// <summary>The revision in storage.</summary>
    public int ActualRevision { get; } = actualRevision;

    /// <summary>Who saved the stored revision.</summary>
    public string? SavedBy { get; } = savedBy;
}
