using System.Globalization;
using Bunit;
using Mektep.Initiatives.Components;
using Mektep.Initiatives.Services;
using Mektep.Learning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Initiatives.Components;

public sealed class InitiativeComponentsTests : BunitContext
{
    public InitiativeComponentsTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, InitiativesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        Services.AddSingleton<InitiativeTexts>();
    }

    [Fact]
    public void InitiativeFields_WithErrors_ShowsEachNextToItsFieldAndKeepsWhatWasTyped()
    {
        using var _ = new UiCulture("ru");
        var input = new InitiativeInput { Title = "Сыроварня", Sector = "Cooperative", Cost = "15 млн", Jobs = "2,5", Income = "1 200 000", Investor = true, Start = "2027-03" };
        var errors = new Dictionary<string, string> { ["Cost"] = "«15 млн» — не число.", ["Jobs"] = "Введите целое число." };

        var cut = Render<InitiativeFields>(p => p.Add(c => c.Input, input).Add(c => c.Errors, errors));

        Assert.Equal("15 млн", cut.Find("#Cost").GetAttribute("value"));
        Assert.Equal("2,5", cut.Find("#Jobs").GetAttribute("value"));
        Assert.Equal("1 200 000", cut.Find("#Income").GetAttribute("value"));
        Assert.Equal("«15 млн» — не число.", cut.Find("#Cost-error").TextContent);
        Assert.Equal("true", cut.Find("#Cost").GetAttribute("aria-invalid"));
        Assert.Contains("Cost-error", cut.Find("#Cost").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Введите целое число.", cut.Find("#Jobs-error").TextContent);
        Assert.Null(cut.Find("#Income").GetAttribute("aria-invalid"));
        Assert.Empty(cut.FindAll("#Income-error"));
        Assert.True(cut.Find("input[name='Input.Investor']").HasAttribute("checked"));
        Assert.False(cut.Find("input[name='Input.OwnFunds']").HasAttribute("checked"));
        Assert.Equal("Cooperative", cut.Find("#Sector option[selected]").GetAttribute("value"));
        Assert.Equal("Кооперация", cut.Find("#Sector option[selected]").TextContent);
        Assert.Equal("Ориентировочная стоимость, тенге", cut.Find("label[for='Cost']").TextContent);
        Assert.Equal("2027-03", cut.Find("#Start").GetAttribute("value"));
    }

    [Fact]
    public void InitiativeFields_Courses_OfferedOnlyWhenTheLearnerHasSome()
    {
        using var _ = new UiCulture("kk");
        var none = Render<InitiativeFields>(p => p.Add(c => c.Input, new InitiativeInput()).Add(c => c.Errors, new Dictionary<string, string>()));
        var some = Render<InitiativeFields>(p => p.Add(c => c.Input, new InitiativeInput { CourseSet = "set2" }).Add(c => c.Errors, new Dictionary<string, string>())
            .Add(c => c.Courses, [new LearningItemLink("set1", "Бюджет", "/c/1"), new LearningItemLink("set2", "Кооперация", "/c/2")]));

        Assert.Empty(none.FindAll("#CourseSet"));
        Assert.Equal(3, some.FindAll("#CourseSet option").Count);
        Assert.Equal("set2", some.Find("#CourseSet option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void RegistryTable_Report_RendersRegionDistrictAndRuralRowsWithTotals()
    {
        using var _ = new UiCulture("kk");
        var report = new RegistryReport(
            [
                new RegistryRegion(1, "Ақмола облысы", new RegistryFigures(3, 15_000_000, 20),
                [
                    new RegistryDistrict(11, "Зеренді ауданы", new RegistryFigures(3, 15_000_000, 20),
                    [
                        new RegistryRuralDistrict(111, "Рузаевка ауылдық округі", new RegistryFigures(2, 10_000_000, 15)),
                        new RegistryRuralDistrict(112, "Қонысбай ауылдық округі", new RegistryFigures(1, 5_000_000, 5)),
                    ]),
                ]),
            ],
            new RegistryFigures(3, 15_000_000, 20));

        var cut = Render<RegistryTable>(p => p.Add(c => c.Report, report));

        Assert.Single(cut.FindAll("tr.region"));
        Assert.Single(cut.FindAll("tr.district"));
        Assert.Equal(2, cut.FindAll("tr.rural-district").Count);
        Assert.Equal("Ақмола облысы", cut.Find("tr.region th").TextContent);
        Assert.Equal("10\u00A0000\u00A0000", cut.Find("tr.rural-district[data-rural-district='111'] .cost").TextContent);
        Assert.Equal("3", cut.Find("tr.total .count").TextContent);
        Assert.Equal("15\u00A0000\u00A0000", cut.Find("tr.total .cost").TextContent);
        Assert.Equal("20", cut.Find("tr.total .jobs").TextContent);
        Assert.Equal("Барлығы", cut.Find("tr.total th").TextContent);
        Assert.Empty(cut.FindAll("td.empty"));
    }

    [Fact]
    public void RegistryTable_Empty_SaysSoAndTotalsZero()
    {
        using var _ = new UiCulture("ru");

        var cut = Render<RegistryTable>(p => p.Add(c => c.Report, new RegistryReport([], new RegistryFigures(0, 0, 0))));

        Assert.Equal("Подходящих инициатив нет.", cut.Find("td.empty").TextContent);
        Assert.Equal("0", cut.Find("tr.total .cost").TextContent);
    }

    [Fact]
    public void CostChart_Bars_HaveATitleAndTextLabelsWithFigures()
    {
        var cut = Render<CostChart>(p => p.Add(c => c.Title, "Cost per region").Add(c => c.Bars, [("Ақмола облысы", 15_000_000L), ("Абай облысы", 7_000_000L)]));

        Assert.Equal("img", cut.Find("svg").GetAttribute("role"));
        Assert.Equal("Cost per region", cut.Find("svg > title").TextContent);
        Assert.Equal(2, cut.FindAll("rect").Count);
        Assert.Contains(cut.FindAll("text"), t => t.TextContent == "Абай облысы");
        Assert.Contains(cut.FindAll("text"), t => t.TextContent == "15\u00A0000\u00A0000");
    }

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
