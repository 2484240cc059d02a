using Mektep.Content;

namespace Mektep.Pages.Indexes;

/// <summary>One row per indexed news article version, so the news list orders and pages by date in SQL.</summary>
public sealed class NewsIndex : ContentIndex
{
    public string Title { get; set; } = "";

    /// <summary>The article's date, or its first publication when it has none.</summary>
    public DateTime PublicationDate { get; set; }
}
