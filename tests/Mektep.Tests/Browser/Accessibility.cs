using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>axe-core on the page as it stands: the browser tests fail on what would stop a person from using it.</summary>
public static class Accessibility
{
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    /// <summary>
    /// Runs axe on the whole document and fails listing every serious or critical violation (rule, impact and the
    /// selectors of the elements at fault). Minor and moderate findings are left to review, not to the build.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var failures = result.Violations
            .Where(v => v.Impact is not null && Blocking.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => "    " + n.Target)))
            .ToList();
        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{page.Url} has {failures.Count} serious or critical accessibility violations:\n" + string.Join("\n", failures));
        }
    }
}
