namespace Mektep.Pages.Models;

/// <summary>The content types this module defines.</summary>
public static class PageTypes
{
    public const string Page = "Page";
    public const string NewsArticle = "NewsArticle";
}
