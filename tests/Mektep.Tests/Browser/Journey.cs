using System.Globalization;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>
/// One person's way through the site, recorded: every page the journey looks at is checked with axe and saved as a
/// full-page screenshot under artifacts/screenshots/&lt;journey&gt;/NN-step.png, so a failing run shows where it went.
/// </summary>
public sealed class Journey
{
    private readonly string _folder;
    private int _step;

    public Journey(string name, DatabaseProvider provider)
    {
        _folder = Path.Combine(TestPaths.RepositoryRoot(), "artifacts", "screenshots", $"{name}-{provider.ToString().ToLowerInvariant()}");
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        Directory.CreateDirectory(_folder);
    }

    /// <summary>The page as it stands is a step of the journey: accessible, and kept as a screenshot.</summary>
    public async Task SeeAsync(IPage page, string step)
    {
        var file = Path.Combine(_folder, $"{++_step:00}-{step}.png".ToString(CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        await page.AssertAccessibleAsync();
    }

    /// <summary>Opens a page by its address (as from a bookmark or a link in a message) and sees it.</summary>
    public async Task GoAsync(IPage page, string path, string step)
    {
        await page.GotoAsync(path);
        await SeeAsync(page, step);
    }

    /// <summary>Clicks a link or button that leads to another page, waits for it, and sees it.</summary>
    public async Task FollowAsync(IPage page, ILocator target, Func<string, bool> arrived, string step)
    {
        await page.ClickAndArriveAsync(target, arrived);
        await SeeAsync(page, step);
    }

    public async Task SignInAsync(IPage page, string email, string password = TestUsers.Password)
    {
        await GoAsync(page, "/account/login", "sign-in");
        await page.SubmitSignInAsync(email, password);
    }
}
