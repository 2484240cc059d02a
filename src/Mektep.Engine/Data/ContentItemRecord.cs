namespace Mektep.Engine.Data;

/// <summary>One stored version of a content item: the JSON document plus the columns every query needs.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string Culture { get; set; } = "";

    public string LocalizationSet { get; set; } = "";

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public int VersionNumber { get; set; }

    /// <summary>Concurrency token: the item's save count when this row was last written.</summary>
    public int Revision { get; set; }

    public string Data { get; set; } = "{}";
}
