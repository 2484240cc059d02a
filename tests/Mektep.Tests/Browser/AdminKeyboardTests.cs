using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>
/// The back office with the keyboard only, in Chromium: every step is Tab, typing, Space or Enter (the address bar
/// is the only other input, as for any user). A control that cannot be reached by Tab fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminKeyboardTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task BackOffice_KeyboardOnly_SignsInCreatesUserChangesSettingsAddsFieldAndPublishesPage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var page = await browser.NewPageAsync(site);

        await SignInAsync(page);
        var skipLinkWorks = await SkipLinkMovesFocusToMainAsync(page);
        await CreateLearnerAsync(page);
        await RenameSiteAsync(page);
        await AddFieldToPageTypeAsync(page);
        await PublishPageAsync(page);

        Assert.True(skipLinkWorks);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
        var user = await users.FindByEmailAsync("aigul@example.kz");
        Assert.NotNull(user);
        Assert.Equal("Айгүл Сәрсенова", user.DisplayName);
        Assert.True(await users.IsInRoleAsync(user, "Learner"));
        Assert.Equal("Әкімдер мектебі", await page.Locator(".admin-brand").InnerTextAsync() is { } brand ? brand.Split(" · ")[0] : null);
        var type = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Page");
        Assert.Contains(type!.OwnPart!.Fields, f => f.Name == "Subtitle");
        var published = await scope.ServiceProvider.GetRequiredService<Mektep.Content.IContentManager>()
            .QueryAsync(new Mektep.Content.ContentQuery { ContentTypes = ["Page"], Text = "кооператив" });
        Assert.Equal("Ауыл кооперативтері", Assert.Single(published.Items).DisplayText);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/admin");
        await page.TabAndTypeAsync("#login-email", SiteFactory.AdminEmail);
        await page.TabAndTypeAsync("#login-password", SiteFactory.AdminPassword);
        await page.EnterAndArriveAsync(url => new Uri(url).AbsolutePath == "/admin");
    }

    private static async Task<bool> SkipLinkMovesFocusToMainAsync(IPage page)
    {
        await page.TabToAsync("a.skip-link", maxTabs: 1);
        var visible = await page.FocusIsVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        var focusedMain = await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'main'");
        return visible && focusedMain;
    }

    private static async Task CreateLearnerAsync(IPage page)
    {
        await page.TabToAsync("nav a[href='/admin/users']");
        Assert.True(await page.FocusIsVisibleAsync());
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/users"));

        await page.TabToAsync("a[href='/admin/users/new']");
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/users/new"));

        await page.TabAndTypeAsync("#user-name", "Айгүл Сәрсенова");
        await page.TabAndTypeAsync("#user-email", "aigul@example.kz");
        await page.TabToAsync("input[name='Input.Roles'][value='Learner']");
        await page.Keyboard.PressAsync("Space");
        await page.TabAndTypeAsync("#user-password", "Keyboard-Only-1");
        await page.TabToAsync("form button[type='submit']");
        await page.EnterAndArriveAsync(url => url.Contains("saved=true", StringComparison.Ordinal));
    }

    private static async Task RenameSiteAsync(IPage page)
    {
        await page.TabToAsync("nav a[href='/admin/settings']");
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/settings"));

        await page.TabToAsync("#settings-name");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Әкімдер мектебі");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".admin-brand", new() { HasText = "Әкімдер мектебі" }).WaitForAsync();
    }

    private static async Task AddFieldToPageTypeAsync(IPage page)
    {
        await page.TabToAsync("nav a[href='/admin/content-types']");
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/content-types"));

        await page.TabToAsync("a[href='/admin/content-types/Page']");
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/content-types/Page"));

        await page.TabAndTypeAsync("#field-display-name", "Subtitle");
        await page.TabAndTypeAsync("#field-name", "Subtitle");
        await page.TabToAsync("form button[type='submit']", text: "Add field");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("td, li", new() { HasText = "Subtitle" }).First.WaitForAsync();
    }

    private static async Task PublishPageAsync(IPage page)
    {
        await page.TabToAsync("nav a[href='/admin/content']");
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/content"));

        await page.TabToAsync("nav.new-content summary");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync("a[href='/admin/content/new/Page']");
        await page.EnterAndArriveAsync(Arrival.PathEndsWith("/admin/content/new/Page"));

        await page.TabAndTypeAsync("input[name$='TitlePart.Title']", "Ауыл кооперативтері");
        await page.TabAndTypeAsync("textarea[name$='Markdown']", "Ауыл шаруашылығы **кооперативі** туралы.");
        await page.TabToAsync("button[type='submit'][value='publish']");
        await page.EnterAndArriveAsync(url => url.Contains("published", StringComparison.Ordinal));
    }
}
