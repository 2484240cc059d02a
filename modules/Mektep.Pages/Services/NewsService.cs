using Mektep.Content;
using Mektep.Pages.Indexes;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Pages.Services;

/// <summary>Published news articles, newest first, each in the reader's language or, lacking it, in another.</summary>
public sealed class NewsService(IContentManager content, IContentCache cache, DbContext db)
{
    public const int PageSize = 10;

    /// <summary>One page of the news list in <paramref name="culture"/>.</summary>
    public async Task<ContentPage> PageAsync(string culture, int page, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(culture, cancellationToken);
        page = Math.Max(1, page);
        var ids = rows.Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.ContentItemId).ToList();
        return new ContentPage(await ItemsAsync(ids, cancellationToken), rows.Count);
    }

    /// <summary>The newest <paramref name="count"/> articles in <paramref name="culture"/>.</summary>
    public async Task<IReadOnlyList<ContentItem>> LatestAsync(string culture, int count, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(culture, cancellationToken);
        return await ItemsAsync([.. rows.Take(Math.Max(0, count)).Select(r => r.ContentItemId)], cancellationToken);
    }

    // Every published article's one row for the culture; the list is small (dozens a year) and cached until content changes.
    private Task<List<NewsRow>> RowsAsync(string culture, CancellationToken cancellationToken)
        => cache.GetOrAddAsync($"pages:news:{culture}", async ct =>
        {
            var rows = await db.Set<NewsIndex>().AsNoTracking().Where(r => r.Published)
                .Select(r => new NewsRow(r.ContentItemId, r.LocalizationSet, r.Culture, r.PublicationDate, r.Id))
                .ToListAsync(ct);
            return rows.GroupBy(r => r.LocalizationSet)
                .Select(g => g.OrderBy(r => r.Culture == culture ? -1 : MenuLinks.Fallback(r.Culture)).First())
                .OrderByDescending(r => r.PublicationDate).ThenByDescending(r => r.Id)
                .ToList();
        }, cancellationToken).AsTask();

    private async Task<IReadOnlyList<ContentItem>> ItemsAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var items = await content.GetManyAsync(ids, VersionOptions.Published, cancellationToken);
        var byId = items.ToDictionary(i => i.ContentItemId);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    private sealed record NewsRow(string ContentItemId, string LocalizationSet, string Culture, DateTime PublicationDate, long Id);
}
