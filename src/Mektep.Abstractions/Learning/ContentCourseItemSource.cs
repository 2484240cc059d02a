using Mektep.Content;

namespace Mektep.Learning;

/// <summary>
/// A course item source for a content type whose items are linked as they are (a quiz, an assignment): editors find
/// the latest versions by text, and each outline set resolves to the reader's translation, else any. A module derives
/// it with its content type and the address a learner goes to.
/// </summary>
public abstract class ContentCourseItemSource(IContentManager content, string contentType) : ICourseItemSource
{
    /// <inheritdoc/>
    public string ContentType => contentType;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CourseItemLink>> FindAsync(string culture, string? text, CancellationToken cancellationToken = default)
    {
        var page = await content.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            Version = VersionOptions.Latest,
            Culture = culture,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Order = ContentOrder.DisplayText,
            Take = 100,
        }, cancellationToken);
        return [.. page.Items.Select(Link)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, CourseItemLink>> ResolveAsync(IReadOnlyCollection<string> itemSets, string culture, bool latest, CancellationToken cancellationToken = default)
    {
        var links = new Dictionary<string, CourseItemLink>(StringComparer.Ordinal);
        foreach (var set in itemSets.Distinct())
        {
            var items = (await content.GetTranslationsAsync(set, latest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken))
                .Where(i => i.ContentType == contentType && (latest || i.Published))
                .ToList();
            if ((items.FirstOrDefault(i => i.Culture == culture) ?? items.FirstOrDefault()) is { } item)
            {
                links[set] = Link(item);
            }
        }

        return links;
    }

    /// <summary>Where a learner goes from the course page for this item.</summary>
    protected abstract string Href(ContentItem item);

    private CourseItemLink Link(ContentItem item)
        => new(item.LocalizationSet, item.ContentItemId, item.DisplayText, Href(item), item.Published);
}
