using System.Globalization;
using Bunit;
using Mektep.Pages.Components;
using Mektep.Pages.Models;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Pages.Components;

public sealed class PagesJsonLocalizerFactory() : ModuleJsonLocalizerFactory(typeof(Mektep.Pages.Startup).Assembly);

public sealed class MenuEditorComponentsTests : BunitContext
{
    public MenuEditorComponentsTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, PagesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    [Theory]
    [InlineData("kk", "Курстар", "«Курстар» жоғары жылжыту")]
    [InlineData("ru", "Курсы", "Переместить «Курсы» вверх")]
    public void MenuItemList_ThreeItems_OffersLabelledKeyboardButtonsAndDisablesImpossibleMoves(string culture, string label, string upName)
    {
        using var _ = new UiCulture(culture);
        var items = new List<MenuItem>
        {
            Item("Басты бет", "Главная", "home"),
            Item("Курстар", "Курсы", "catalogue"),
            Item("Жаңалықтар", "Новости", "news"),
        };
        items[1].Children.Add(Item("Тексеру", "Проверка", "verify"));

        var cut = Render<MenuItemList>(p => p
            .Add(c => c.Menu, MenuNames.Main)
            .Add(c => c.Items, items)
            .Add(c => c.Culture, culture)
            .Add(c => c.Hrefs, new Dictionary<string, string>()));

        var rows = cut.FindAll("ol.menu-editor-list > li");
        Assert.Equal(3, rows.Count);
        Assert.Equal(label, rows[1].QuerySelector(".menu-item-label")!.TextContent);
        Assert.Equal("→ /courses", rows[1].QuerySelector(".menu-item-target")!.TextContent);
        var up = rows[1].QuerySelector("button[value='up|main|1']")!;
        Assert.Equal(upName, up.GetAttribute("aria-label"));
        Assert.Equal("submit", up.GetAttribute("type"));
        Assert.True(rows[0].QuerySelector("button[value='up|main|0']")!.HasAttribute("disabled"));
        Assert.True(rows[2].QuerySelector("button[value='down|main|2']")!.HasAttribute("disabled"));
        Assert.False(rows[1].QuerySelector("button[value='down|main|1']")!.HasAttribute("disabled"));

        // The sub-item sits in a nested list with its own buttons, and only top-level items take sub-items.
        var child = Assert.Single(rows[1].QuerySelectorAll("ol > li"));
        Assert.NotNull(child.QuerySelector("button[value='remove|main|1.0']"));
        Assert.Equal("/admin/menus/item?menu=main&path=1.0", child.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(3, cut.FindAll("a[href^='/admin/menus/item?menu=main&parent=']").Count);
    }

    [Fact]
    public void MenuItemList_Empty_SaysTheDefaultIsShown()
    {
        using var _ = new UiCulture("ru");

        var cut = Render<MenuItemList>(p => p
            .Add(c => c.Menu, MenuNames.Footer)
            .Add(c => c.Items, [])
            .Add(c => c.Culture, "ru")
            .Add(c => c.Hrefs, new Dictionary<string, string>()));

        Assert.Equal("Пунктов пока нет: сайт показывает меню по умолчанию.", cut.Find("p.empty").TextContent);
    }

    private static MenuItem Item(string kk, string ru, string route)
        => new() { Labels = LocalizedText.Of(kk, ru, ""), Link = new MenuLink { Kind = MenuLinkKind.Route, Value = route } };

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _previousFormat = CultureInfo.CurrentCulture;

        public UiCulture(string culture)
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            CultureInfo.CurrentCulture = new CultureInfo(culture);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _previous;
            CultureInfo.CurrentCulture = _previousFormat;
        }
    }
}
