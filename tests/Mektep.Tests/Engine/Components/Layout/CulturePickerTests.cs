using System.Globalization;
using Bunit;
using Mektep.Engine.Components.Layout;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Layout;

public sealed class CulturePickerTests : BunitContext
{
    public CulturePickerTests()
    {
        Services.AddLocalization();
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
    }

    [Fact]
    public void Render_KazakhCulture_ListsThreeLanguagesWithKazakhSelected()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("kk");
        try
        {
            Services.GetRequiredService<NavigationManager>().NavigateTo("/courses?page=2");

            var picker = Render<CulturePicker>();

            var options = picker.FindAll("option");
            Assert.Equal(["kk", "ru", "en"], options.Select(o => o.GetAttribute("value")));
            Assert.Equal(["Қазақша", "Русский", "English"], options.Select(o => o.TextContent));
            Assert.Equal(["kk"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
            Assert.Equal("/culture", picker.Find("form").GetAttribute("action"));
            Assert.Equal("/courses?page=2", picker.Find("input[name=returnUrl]").GetAttribute("value"));
            Assert.Equal(FakeAntiforgeryStateProvider.Token, picker.Find("input[name=__RequestVerificationToken]").GetAttribute("value"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
