using Mektep.Content;

namespace Mektep.Pages.Models;

/// <summary>What makes an item a news article: a short summary for lists and the date it is published under.</summary>
public sealed class NewsArticlePart : ContentPart
{
    public const int MaxSummaryLength = 600;

    /// <summary>One or two sentences shown in the news list and on the home page.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The article's date (UTC midnight); the news list is ordered by it, newest first. Null: the first publication.</summary>
    public DateTime? PublicationDate { get; set; }

    public override string? SearchText => Summary;
}
