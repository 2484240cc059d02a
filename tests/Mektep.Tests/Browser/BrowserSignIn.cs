using Mektep.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>Signing in through the login form, as a person does.</summary>
public static class BrowserSignIn
{
    public static async Task SignInAsync(this IPage page, string email, string password = TestUsers.Password)
    {
        await page.GotoAsync("/account/login");
        await page.SubmitSignInAsync(email, password);
    }

    /// <summary>Fills the login form already on the page and waits to be let in.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password = TestUsers.Password)
    {
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(password);
        await page.ArriveAsync(() => page.Locator("#login-password").PressAsync("Enter"), url => !new Uri(url).AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal));
    }
}
