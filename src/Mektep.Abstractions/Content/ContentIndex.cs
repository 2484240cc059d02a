namespace Mektep.Content;

/// <summary>
/// Base of a per-part index row: a module maps items to rows of its own table so it can query them with SQL.
/// The engine fills these columns and keeps rows only for the latest and the published version of each item.
/// </summary>
public abstract class ContentIndex
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The stored version (document) this row was built from.</summary>
    public long DocumentId { get; set; }

    /// <summary>The item's id.</summary>
    public string ContentItemId { get; set; } = "";

    /// <summary>Copied from the version.</summary>
    public bool Published { get; set; }

    /// <summary>Copied from the version.</summary>
    public bool Latest { get; set; }

    /// <summary>Copied from the version.</summary>
    public string Culture { get; set; } = "";

    /// <summary>Copied from the version: translations share it.</summary>
    public string LocalizationSet { get; set; } = "";
}
