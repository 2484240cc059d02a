using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>
/// Going from one page to the next: an action (a click, Enter on a link or a form) and the page it leads to.
/// </summary>
/// <remarks>
/// Playwright's WaitForURL, when the click already committed the new address, waits for the "load" lifecycle event
/// relayed from Chromium; a CI run once saw that event never relayed for a lesson page that had loaded (the relay
/// reported "networkidle", which Playwright only computes with nothing in flight) and timed out after 45 s. So both
/// halves are read without lifecycle events: the navigation is listened for before the action runs (no window in
/// which it can be missed), and "loaded" is the document's own readyState, polled in the page.
/// </remarks>
public static class Arrival
{
    /// <summary>How long a page may take to come; the browser context's default timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(BrowserFixture.DefaultTimeoutMs);

    /// <summary>Runs <paramref name="action"/> and waits for the main frame to arrive, loaded, at an address <paramref name="arrived"/> accepts.</summary>
    public static async Task ArriveAsync(this IPage page, Func<Task> action, Func<string, bool> arrived)
    {
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame && arrived(frame.Url))
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await action();
            try
            {
                await navigated.Task.WaitAsync(Timeout);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No navigation to the expected page within {Timeout.TotalSeconds:0} s; the page stayed at {page.Url}.");
            }
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        try
        {
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>(
                "() => document.readyState + '; resources still loading: ' + performance.getEntriesByType('resource').filter(r => r.responseEnd === 0).map(r => r.name).join(', ')");
            throw new TimeoutException($"{page.Url} committed but did not finish loading within {Timeout.TotalSeconds:0} s: {state}.");
        }
    }

    /// <summary>Clicks <paramref name="target"/> and waits to arrive, loaded, where <paramref name="arrived"/> says.</summary>
    public static Task ClickAndArriveAsync(this IPage page, ILocator target, Func<string, bool> arrived)
        => page.ArriveAsync(() => target.ClickAsync(), arrived);

    /// <summary>Presses Enter on what has the focus and waits to arrive, loaded, where <paramref name="arrived"/> says.</summary>
    public static Task EnterAndArriveAsync(this IPage page, Func<string, bool> arrived)
        => page.ArriveAsync(() => page.Keyboard.PressAsync("Enter"), arrived);

    /// <summary>An address whose path ends with <paramref name="suffix"/> (query and fragment aside).</summary>
    public static Func<string, bool> PathEndsWith(string suffix)
        => url => new Uri(url).AbsolutePath.EndsWith(suffix, StringComparison.Ordinal);
}
