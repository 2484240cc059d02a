using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>The lesson page where it is read away from a desk: printed on paper, and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LessonPageLayoutTests(BrowserFixture browser)
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

    /// <summary>Whether the page's header, main menu, footer and main content are shown.</summary>
    private static async Task<Dictionary<string, bool>> VisibleAsync(IPage page) => new()
    {
        ["header"] = await page.Locator("header.site-header").IsVisibleAsync(),
        ["menu"] = await page.Locator(".main-menu").First.IsVisibleAsync(),
        ["footer"] = await page.Locator("footer.site-footer").IsVisibleAsync(),
        ["main"] = await page.Locator("main").IsVisibleAsync(),
    };
}
