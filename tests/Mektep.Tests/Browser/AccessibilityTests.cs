namespace Mektep.Tests.Browser;

/// <summary>The axe check the journeys rely on fails on what it must and lets a clean page through.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task AssertAccessible_ImageWithoutTextAndUnlabelledInput_FailsNamingRulesAndElements()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="kk"><head><title>Бет</title></head>
            <body><main><h1>Бет</h1><img id="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input id="sum"></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(page.AssertAccessibleAsync);

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#chart", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#sum", failure.Message, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task AssertAccessible_LabelledPage_Passes()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="kk"><head><title>Бет</title></head>
            <body><main><h1>Бет</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Диаграмма"><label for="sum">Сома</label><input id="sum"></main></body></html>
            """);

        await page.AssertAccessibleAsync();

        Assert.Equal("Бет", await page.TitleAsync());
        await page.CloseAsync();
    }
}
