using Mektep.Content;
using Mektep.Pages.Models;

namespace Mektep.Pages.Indexes;

public sealed class NewsIndexProvider : ContentIndexProvider<NewsIndex>
{
    public override IEnumerable<NewsIndex> Map(ContentItem item)
    {
        if (item.ContentType != PageTypes.NewsArticle)
        {
            return [];
        }

        var part = item.As<NewsArticlePart>();
        var date = part.PublicationDate ?? item.PublishedUtc ?? item.CreatedUtc;
        var title = item.DisplayText.Length > 1024 ? item.DisplayText[..1024] : item.DisplayText;
        return [new NewsIndex { Title = title, PublicationDate = DateTime.SpecifyKind(date, DateTimeKind.Utc) }];
    }
}
