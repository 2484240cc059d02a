using System.Globalization;
using System.Text;
using Mektep.Display;

namespace Mektep.Engine.Caching;

/// <summary>
/// One render of a <see cref="PageShellAttribute"/> page with its slots marked by comments no content can forge (they
/// carry a number drawn for this render), and the cut of the finished markup into shell and slots.
/// </summary>
internal sealed class PageShellCapture : IPageShellCapture
{
    private readonly string _prefix = "<!--" + Guid.NewGuid().ToString("N") + ":";
    private readonly List<(string Slot, string Key)> _opened = [];
    private readonly Dictionary<string, string> _pageValues = new(StringComparer.Ordinal);

    public void SetPageValue(string name, string value) => _pageValues[name] = value;

    public string Open(string slot, string key)
    {
        _opened.Add((slot, key));
        return string.Create(CultureInfo.InvariantCulture, $"{_prefix}{_opened.Count - 1}-->");
    }

    public string Close(string start) => $"{_prefix}/{start[_prefix.Length..]}";

    /// <summary>
    /// The markup without the marks, and (when the marks pair up, one slot after another) the shell and each slot's
    /// markup with <paramref name="token"/> cut out.
    /// </summary>
    public Cut Split(string html, string token)
    {
        var clean = new StringBuilder(html.Length);
        var literals = new List<Markup>();
        var slots = new List<(string Slot, string Key, Markup Markup)>();
        var whole = true;
        var open = -1;
        var literalStart = 0;
        var slotStart = 0;
        var position = 0;
        while (html.IndexOf(_prefix, position, StringComparison.Ordinal) is var mark and >= 0)
        {
            var end = html.IndexOf("-->", mark, StringComparison.Ordinal);
            var label = html.AsSpan(mark + _prefix.Length, end - mark - _prefix.Length);
            clean.Append(html, position, mark - position);
            position = end + 3;
            var closing = label.StartsWith("/");
            var index = int.Parse(closing ? label[1..] : label, CultureInfo.InvariantCulture);
            if (!closing && open < 0)
            {
                literals.Add(Markup.Of(html[literalStart..mark], token));
                open = index;
                slotStart = position;
            }
            else if (closing && open == index)
            {
                slots.Add((_opened[index].Slot, _opened[index].Key, Markup.Of(html[slotStart..mark], token)));
                open = -1;
                literalStart = position;
            }
            else
            {
                // A slot inside a slot: its markup could not be reused apart from its parent's.
                whole = false;
            }
        }

        clean.Append(html, position, html.Length - position);
        if (!whole || open >= 0)
        {
            return new Cut(clean.ToString(), null, []);
        }

        literals.Add(Markup.Of(html[literalStart..], token));
        var shell = new PageShell(literals, [.. slots.Select(s => s.Slot)], new Dictionary<string, string>(_pageValues, StringComparer.Ordinal));
        return new Cut(clean.ToString(), shell, slots);
    }

    /// <summary>The markup as sent, and what of it can be kept (nothing when <see cref="Shell"/> is null).</summary>
    internal sealed record Cut(string Html, PageShell? Shell, IReadOnlyList<(string Slot, string Key, Markup Markup)> Slots);
}
