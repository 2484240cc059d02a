using Bunit;
using Mektep.Engine.Components.Layout;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Layout;

public sealed class UserMenuTests : BunitContext
{
    public UserMenuTests()
    {
        Services.AddLocalization();
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
    }

    [Fact]
    public void Render_Anonymous_ShowsOnlySignIn()
    {
        Services.AddSingleton<ICurrentUser>(new FakeCurrentUser(null));

        var menu = Render<UserMenu>();

        Assert.Equal("/account/login", menu.Find("a.sign-in").GetAttribute("href"));
        Assert.Empty(menu.FindAll("form"));
    }

    [Fact]
    public void Render_SignedInLearner_ShowsNameAndSignOutButNoAdminLink()
    {
        Services.AddSingleton<ICurrentUser>(new FakeCurrentUser("Айгерім"));

        var menu = Render<UserMenu>();

        Assert.Equal("Айгерім", menu.Find(".user-name").TextContent);
        Assert.Empty(menu.FindAll("a[href='/admin']"));
        Assert.Equal("/account/logout", menu.Find("form").GetAttribute("action"));
        Assert.Single(menu.FindAll("input[name=__RequestVerificationToken]"));
        Assert.Empty(menu.FindAll("a.sign-in"));
    }

    [Fact]
    public void Render_SignedInWithAdminAccess_ShowsAdminLink()
    {
        Services.AddSingleton<ICurrentUser>(new FakeCurrentUser("Editor", EnginePermissions.AccessAdmin));

        var menu = Render<UserMenu>();

        Assert.Single(menu.FindAll("a[href='/admin']"));
    }
}
