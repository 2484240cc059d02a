namespace Mektep.Content;

/// <summary>Criteria for <see cref="IContentManager.QueryAsync"/>. Null criteria match everything.</summary>
public sealed record ContentQuery
{
    /// <summary>Content type names to match.</summary>
    public IReadOnlyCollection<string>? ContentTypes { get; init; }

    /// <summary>Which versions to search.</summary>
    public VersionOptions Version { get; init; } = VersionOptions.Published;

    /// <summary>Only items in this culture.</summary>
    public string? Culture { get; init; }

    /// <summary>Only items owned by this user id.</summary>
    public string? Owner { get; init; }

    /// <summary>Full-text search over titles, bodies and text fields (word prefixes, all words must match).</summary>
    public string? Text { get; init; }

    /// <summary>Sort order.</summary>
    public ContentOrder Order { get; init; } = ContentOrder.ModifiedDescending;

    /// <summary>Items to skip (paging).</summary>
    public int Skip { get; init; }

    /// <summary>Items to return (paging); at most 500.</summary>
    public int Take { get; init; } = 20;
}

/// <summary>Sort orders of a content query.</summary>
public enum ContentOrder
{
    /// <summary>Last modified first.</summary>
    ModifiedDescending,

    /// <summary>Alphabetical by display text.</summary>
    DisplayText,

    /// <summary>Newest first by creation.</summary>
    CreatedDescending,

    /// <summary>Latest published first.</summary>
    PublishedDescending,
}

/// <summary>A page of query results with the total count.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int TotalCount);
