using Mektep.Pages.Models;
using Mektep.Pages.Services;

namespace Mektep.Pages.Components;

/// <summary>A menu item ready to show: its label in the reader's language and its address (null for a heading).</summary>
public sealed record MenuEntry(string Label, string? Href, IReadOnlyList<MenuEntry> Children)
{
    /// <summary>
    /// The items in <paramref name="culture"/>. A link whose content is not published is left out, and so is an item
    /// that leads nowhere and has nothing under it.
    /// </summary>
    public static async Task<List<MenuEntry>> BuildAsync(IReadOnlyList<MenuItem> items, string culture, MenuLinks links)
    {
        var sets = items.SelectMany(i => i.Children.Prepend(i)).Where(i => i.Link.Kind == MenuLinkKind.Content).Select(i => i.Link.Value);
        var hrefs = await links.ContentHrefsAsync(sets, culture);
        var entries = new List<MenuEntry>();
        foreach (var item in items)
        {
            var children = item.Children
                .Select(c => new MenuEntry(c.Labels.For(culture), MenuLinks.Href(c.Link, hrefs), []))
                .Where(c => c.Href is not null).ToList();
            var href = MenuLinks.Href(item.Link, hrefs);
            if (href is not null || children.Count > 0 || item.Link.Kind == MenuLinkKind.None)
            {
                entries.Add(new MenuEntry(item.Labels.For(culture), href, children));
            }
        }

        return entries;
    }
}
