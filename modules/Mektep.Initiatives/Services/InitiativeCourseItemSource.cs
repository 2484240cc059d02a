using Mektep.Content;
using Mektep.Initiatives.Models;
using Mektep.Learning;

namespace Mektep.Initiatives.Services;

/// <summary>Initiative assignments as course outline items: found by the outline editor, linked from the course page to the learner's initiatives.</summary>
public sealed class InitiativeCourseItemSource(IContentManager content) : ICourseItemSource
{
    public string ContentType => InitiativeTypes.InitiativeAssignment;

    public async Task<IReadOnlyList<CourseItemLink>> FindAsync(string culture, string? text, CancellationToken cancellationToken = default)
    {
        var page = await content.QueryAsync(new ContentQuery
        {
            ContentTypes = [InitiativeTypes.InitiativeAssignment],
            Version = VersionOptions.Latest,
            Culture = culture,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Order = ContentOrder.DisplayText,
            Take = 100,
        }, cancellationToken);
        return [.. page.Items.Select(Link)];
    }

    public async Task<IReadOnlyDictionary<string, CourseItemLink>> ResolveAsync(IReadOnlyCollection<string> itemSets, string culture, bool latest, CancellationToken cancellationToken = default)
    {
        var links = new Dictionary<string, CourseItemLink>(StringComparer.Ordinal);
        foreach (var set in itemSets.Distinct())
        {
            var items = (await content.GetTranslationsAsync(set, latest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken))
                .Where(i => i.ContentType == InitiativeTypes.InitiativeAssignment && (latest || i.Published))
                .ToList();
            if ((items.FirstOrDefault(i => i.Culture == culture) ?? items.FirstOrDefault()) is { } item)
            {
                links[set] = Link(item);
            }
        }

        return links;
    }

    private static CourseItemLink Link(ContentItem item)
        => new(item.LocalizationSet, item.ContentItemId, item.DisplayText, "/initiatives", item.Published);
}
