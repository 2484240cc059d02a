using Mektep.Content;
using Mektep.Pages.Models;
using Microsoft.Extensions.Localization;

namespace Mektep.Pages.Services;

/// <summary>Checks what editors enter as a link and turns links into addresses in the reader's language.</summary>
public sealed class MenuLinks(IContentManager content, IContentCache cache, IStringLocalizer<MenuLinks> t)
{
    public const int MaxUrlLength = 1000;

    /// <summary>A content item's page: news under /news, courses under /courses, the rest under /content.</summary>
    public static string ContentHref(ContentItem item) => item.ContentType switch
    {
        PageTypes.NewsArticle => "/news/" + item.ContentItemId,
        "Course" => "/courses/" + item.ContentItemId,
        _ => "/content/" + item.ContentItemId,
    };

    /// <summary>
    /// True for an address a menu may hold: http(s) with a host, or a path on this site starting with one <c>/</c>.
    /// Anything else (<c>javascript:</c>, <c>data:</c>, <c>//other.site</c>) could run script or leave the site unseen.
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
    }

    /// <summary>The message for a link that cannot be kept, or null when it is fine.</summary>
    public async Task<string?> ProblemAsync(MenuLink link, bool required, CancellationToken cancellationToken = default)
    {
        switch (link.Kind)
        {
            case MenuLinkKind.None:
                return required ? t["Choose where the item leads."].Value : null;
            case MenuLinkKind.Route:
                return BuiltInRoutes.Paths.ContainsKey(link.Value) ? null : t["Choose one of the site's pages."].Value;
            case MenuLinkKind.Url:
                return IsSafeUrl(link.Value) ? null : t["Enter an address starting with http://, https:// or / (a page of this site). Other kinds of address, such as javascript:, are not allowed."].Value;
            case MenuLinkKind.Content:
                if (!Mektep.Recipes.RecipeIds.IsValid(link.Value))
                {
                    return t["Choose a page, news article or course."].Value;
                }

                var items = await content.GetTranslationsAsync(link.Value, VersionOptions.Latest, cancellationToken);
                return items.Count > 0 ? null : t["Choose a page, news article or course."].Value;
            default:
                return t["Choose where the item leads."].Value;
        }
    }

    /// <summary>
    /// The addresses of the links in <paramref name="culture"/>: a content link leads to the translation in that
    /// language (else another published one); a link to content that is not published has no address.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ContentHrefsAsync(IEnumerable<string> sets, string culture, CancellationToken cancellationToken = default)
    {
        var list = sets.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        return await cache.GetOrAddAsync($"pages:hrefs:{culture}:{string.Join(',', list)}", async ct =>
        {
            var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var set in list)
            {
                var items = await content.GetTranslationsAsync(set, VersionOptions.Published, ct);
                var item = items.FirstOrDefault(i => i.Culture == culture) ?? items.OrderBy(i => Fallback(i.Culture)).FirstOrDefault();
                if (item is not null)
                {
                    hrefs[set] = ContentHref(item);
                }
            }

            return (IReadOnlyDictionary<string, string>)hrefs;
        }, cancellationToken);
    }

    /// <summary>The address of a link, given the content addresses from <see cref="ContentHrefsAsync"/>; null for none.</summary>
    public static string? Href(MenuLink link, IReadOnlyDictionary<string, string> contentHrefs) => link.Kind switch
    {
        MenuLinkKind.Route => BuiltInRoutes.Paths.GetValueOrDefault(link.Value),
        MenuLinkKind.Url => IsSafeUrl(link.Value) ? link.Value : null,
        MenuLinkKind.Content => contentHrefs.GetValueOrDefault(link.Value),
        _ => null,
    };

    /// <summary>Order of the other translations when the reader's is missing: Russian, Kazakh, English.</summary>
    public static int Fallback(string culture) => culture switch
    {
        "ru" => 0,
        "kk" => 1,
        _ => 2,
    };
}
