using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>Moving through a page the way a keyboard-only user does: Tab until the wanted control has focus.</summary>
public static class KeyboardExtensions
{
    /// <summary>
    /// Presses Tab until the focused element matches <paramref name="selector"/>; fails if it is not reached within
    /// <paramref name="maxTabs"/> presses, which means the control is not reachable by keyboard (or is too far away).
    /// </summary>
    public static async Task TabToAsync(this IPage page, string selector, int maxTabs = 80, string? text = null)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var reached = await page.EvaluateAsync<bool>(
                "([s, t]) => { const el = document.activeElement; return el !== null && el.matches(s) && (t === null || el.textContent.includes(t)); }",
                new object?[] { selector, text });
            if (reached)
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException($"'{selector}'{(text is null ? "" : $" with text '{text}'")} was not reached with {maxTabs} presses of Tab.");
    }

    /// <summary>Tabs to a field and types into it, as a person does.</summary>
    public static async Task TabAndTypeAsync(this IPage page, string selector, string text)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>The focused element's outline or box shadow: a keyboard user must see where focus is.</summary>
    public static Task<bool> FocusIsVisibleAsync(this IPage page)
        => page.EvaluateAsync<bool>("""
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return false;
              const style = getComputedStyle(el);
              const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
              return outline || (style.boxShadow && style.boxShadow !== 'none');
            }
            """);
}
