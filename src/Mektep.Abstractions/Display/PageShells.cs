using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;

namespace Mektep.Display;

/// <summary>
/// Marks a page whose markup for signed-in people is the same for all of them outside its <see cref="ViewerSlot"/>s
/// (a lesson: everyone reads the same text; only the header's name, the unread count and the lesson's done state are
/// theirs). The engine keeps the page's markup per URL, language and site state as a shell with holes, and answers a
/// signed-in GET by filling the holes from slot markup it already rendered for the same viewer state, without
/// rendering the page again. Whatever it cannot fill that way (a shell or a slot state not seen yet, an antiforgery
/// cookie not seen yet) renders the page as usual, which also fills the caches. Anything in such a page that differs
/// between signed-in people must be inside a slot.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PageShellAttribute : Attribute;

/// <summary>
/// Tells the engine, without rendering anything, which of its markups a <see cref="ViewerSlot"/> of this name would
/// render for the request's viewer. Register as a singleton: <c>services.AddSingleton&lt;IViewerSlot, MySlot&gt;()</c>.
/// </summary>
public interface IViewerSlot
{
    /// <summary>The name the slot's component gives <see cref="ViewerSlot.Name"/>.</summary>
    string Name { get; }

    /// <summary>
    /// The same key the slot's component passes to <see cref="ViewerSlot.Key"/> for this request, or null when it can
    /// only be learned by rendering (a state not in memory), which renders the page. When the page does work of its
    /// own on a GET for this part (the lesson page records the view), this does that work, as the page will not run.
    /// </summary>
    /// <param name="context">The signed-in GET being answered.</param>
    /// <param name="page">The values the page set through <see cref="IPageShellCapture.SetPageValue"/> when its shell was kept.</param>
    ValueTask<string?> KeyAsync(HttpContext context, IReadOnlyDictionary<string, string> page);
}

/// <summary>
/// Present on the request (as a feature) while a <see cref="PageShellAttribute"/> page renders to have its shell kept.
/// </summary>
public interface IPageShellCapture
{
    /// <summary>Keeps a value the page learned while rendering (the lesson's set) for its slots' <see cref="IViewerSlot.KeyAsync"/>.</summary>
    void SetPageValue(string name, string value);

    /// <summary>Opens a slot and answers the comment that marks its start in the markup.</summary>
    string Open(string slot, string key);

    /// <summary>The comment that marks the end of the slot <see cref="Open"/> answered <paramref name="start"/> for.</summary>
    string Close(string start);
}

/// <summary>
/// The part of a <see cref="PageShellAttribute"/> page (or of the layout around it) that differs between signed-in
/// people. Its markup must depend only on <see cref="Key"/>, the language and the site's state (content, settings,
/// modules): the engine reuses markup rendered for one person for everyone whose key is the same. The antiforgery
/// token is the one exception: the engine puts each person's own token wherever it appears.
/// </summary>
public sealed class ViewerSlot : ComponentBase
{
    /// <summary>The slot's name, the same as its <see cref="IViewerSlot.Name"/>.</summary>
    [Parameter, EditorRequired]
    public string Name { get; set; } = "";

    /// <summary>Everything the markup depends on, as <see cref="IViewerSlot.KeyAsync"/> computes it.</summary>
    [Parameter, EditorRequired]
    public string Key { get; set; } = "";

    /// <summary>The markup.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (HttpContext?.Features.Get<IPageShellCapture>() is not { } capture)
        {
            builder.AddContent(0, ChildContent);
            return;
        }

        var start = capture.Open(Name, Key);
        builder.AddMarkupContent(1, start);
        builder.AddContent(2, ChildContent);
        builder.AddMarkupContent(3, capture.Close(start));
    }
}
