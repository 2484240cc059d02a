using Microsoft.EntityFrameworkCore;

namespace Mektep.Content;

/// <summary>Keeps a module's index table in step with stored versions. Implement <see cref="ContentIndexProvider{TIndex}"/>.</summary>
public interface IContentIndexProvider
{
    /// <summary>Replaces the rows of a document with those mapped from the item (none when <paramref name="item"/> is null).</summary>
    Task UpdateAsync(DbContext db, long documentId, ContentItem? item, CancellationToken cancellationToken);
}

/// <summary>Maps an item to zero or more rows of <typeparamref name="TIndex"/>.</summary>
public abstract class ContentIndexProvider<TIndex> : IContentIndexProvider where TIndex : ContentIndex
{
    /// <summary>Rows for the item; return none for items this index does not cover.</summary>
    public abstract IEnumerable<TIndex> Map(ContentItem item);

    /// <inheritdoc />
    public async Task UpdateAsync(DbContext db, long documentId, ContentItem? item, CancellationToken cancellationToken)
    {
        await db.Set<TIndex>().Where(x => x.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        if (item is null)
        {
            return;
        }

        foreach (var row in Map(item))
        {
            row.DocumentId = documentId;
            row.ContentItemId = item.ContentItemId;
            row.Published = item.Published;
            row.Latest = item.Latest;
            row.Culture = item.Culture;
            row.LocalizationSet = item.LocalizationSet;
            db.Set<TIndex>().Add(row);
        }
    }
}
