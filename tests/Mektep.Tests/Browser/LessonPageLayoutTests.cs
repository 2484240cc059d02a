using System.Text.RegularExpressions;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>The lesson page where it is read away from a desk: printed on paper, on a phone, over a slow line.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LessonPageLayoutTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task LessonPage_Printed_HidesHeaderMenuAndFooterAndKeepsTheLesson(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var data = await JourneyData.CourseWithQuizAsync(site);
        var page = await browser.NewPageAsync(site, "kk-KZ");
        await page.GotoAsync($"/courses/{data.Course.ContentItemId}/lessons/{data.Lesson.ContentItemId}");
        var onScreen = await VisibleAsync(page);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });
        var printed = await VisibleAsync(page);
        var body = await page.Locator("main").InnerTextAsync();

        Assert.Equal(new Dictionary<string, bool> { ["header"] = true, ["menu"] = true, ["footer"] = true, ["main"] = true }, onScreen);
        Assert.Equal(new Dictionary<string, bool> { ["header"] = false, ["menu"] = false, ["footer"] = false, ["main"] = true }, printed);
        Assert.Contains("Жалпы жиналыс — жоғары орган.", body, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task LessonPage_PhoneWidth_HasNoHorizontalScroll(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var data = await JourneyData.CourseWithQuizAsync(site);
        var page = await browser.NewPageAsync(site, "kk-KZ", new ViewportSize { Width = 375, Height = 812 });

        await page.GotoAsync($"/courses/{data.Course.ContentItemId}/lessons/{data.Lesson.ContentItemId}");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await page.AssertAccessibleAsync();

        Assert.Equal(375, widths[1]);
        Assert.True(widths[0] <= widths[1], $"The lesson page is {widths[0]} px wide on a 375 px screen.");
    }

    [Theory, Providers]
    public async Task LessonPage_FirstVisit_TransfersUnder100KBBeforeImagesAndNoWebFont(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var data = await JourneyData.CourseWithQuizAsync(site);
        var page = await browser.NewPageAsync(site, "kk-KZ", new ViewportSize { Width = 375, Height = 812 });

        await page.GotoAsync($"/courses/{data.Course.ContentItemId}/lessons/{data.Lesson.ContentItemId}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // What a fresh browser fetched for the page: the document and every resource but images, as transferred.
        var entries = await page.EvaluateAsync<ResourceEntry[]>("""
            () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .map(e => ({ Name: e.name, Initiator: e.initiatorType, Bytes: e.transferSize }))
            """);
        var counted = entries.Where(e => e.Initiator != "img" && !ImageAddress().IsMatch(e.Name)).ToList();
        var total = counted.Sum(e => e.Bytes);

        Assert.Contains(counted, e => e.Initiator == "navigation" && e.Bytes > 0);
        Assert.True(total < 100 * 1024, $"The lesson page transferred {total} bytes before images: {string.Join(", ", counted.Select(e => $"{e.Name} {e.Bytes}"))}");
        Assert.DoesNotContain(entries, e => FontAddress().IsMatch(e.Name));
        Assert.Contains("Жалпы жиналыс — жоғары орган.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private sealed class ResourceEntry
    {
        public string Name { get; set; } = "";

        public string Initiator { get; set; } = "";

        public long Bytes { get; set; }
    }

    [GeneratedRegex(@"\.(png|jpe?g|gif|webp|avif|svg)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageAddress();

    [GeneratedRegex(@"\.(woff2?|ttf|otf|eot)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FontAddress();

    /// <summary>Whether the page's header, main menu, footer and main content are shown.</summary>
    private static async Task<Dictionary<string, bool>> VisibleAsync(IPage page) => new()
    {
        ["header"] = await page.Locator("header.site-header").IsVisibleAsync(),
        ["menu"] = await page.Locator(".main-menu").First.IsVisibleAsync(),
        ["footer"] = await page.Locator("footer.site-footer").IsVisibleAsync(),
        ["main"] = await page.Locator("main").IsVisibleAsync(),
    };
}
