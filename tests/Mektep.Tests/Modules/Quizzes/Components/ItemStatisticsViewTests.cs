using System.Globalization;
using Bunit;
using Mektep.Quizzes.Components;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Quizzes.Components;

public sealed class ItemStatisticsViewTests : BunitContext
{
    public ItemStatisticsViewTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, QuizzesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    [Fact]
    public void ItemStatisticsView_ChoiceQuestion_ShowsFiguresMarksTheKeyAndFlagsWeakDiscrimination()
    {
        using var _ = new UiCulture("ru");
        var item = new ItemStatistics(2, 41, QuestionType.SingleChoice, "Какая отрасль приносит доход?", 8, 0.625m, 0.1m,
            [new OptionFrequency("Животноводство", true, 5), new OptionFrequency("Ничего", false, 3)], 0);

        var cut = Render<ItemStatisticsView>(p => p.Add(c => c.Item, item));

        Assert.Contains("Вопрос 2", cut.Find("h2").TextContent);
        Assert.Equal("0.625", cut.Find("[data-facility]").GetAttribute("data-facility"));
        Assert.Contains("0,63", cut.Find("[data-facility]").TextContent);
        Assert.Contains("(слабо)", cut.Find("[data-discrimination]").TextContent);
        var rows = cut.FindAll(".option-frequencies tbody tr");
        Assert.Equal(["Животноводство ✓", "5", "62,5"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("correct-option", rows[0].ClassName);
        Assert.False(rows[1].ClassList.Contains("correct-option"));
        Assert.Equal("/admin/questions/41", cut.Find("h2 a").GetAttribute("href"));
    }

    [Fact]
    public void ItemStatisticsView_TrueFalseAndTooFewAttempts_LocalizesAnswersAndShowsADash()
    {
        using var _ = new UiCulture("kk");
        var item = new ItemStatistics(1, 7, QuestionType.TrueFalse, "Ауыл бюджеті бар.", 2, 0.5m, null,
            [new OptionFrequency("true", true, 1), new OptionFrequency("false", false, 1)], 0);

        var cut = Render<ItemStatisticsView>(p => p.Add(c => c.Item, item));

        var discrimination = cut.FindAll(".item-figures dd")[2];
        Assert.Equal("–", discrimination.TextContent);
        Assert.False(discrimination.HasAttribute("data-discrimination"));
        Assert.DoesNotContain(">true<", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll(".option-frequencies tbody tr").Count);
    }

    [Fact]
    public void ItemStatisticsView_Ordering_CountsItemsPlacedRightlyWithoutAKeyMark()
    {
        using var _ = new UiCulture("ru");
        var item = new ItemStatistics(3, 9, QuestionType.Ordering, "Порядок", 4, 0.5m, 0.5m,
            [new OptionFrequency("План", true, 4), new OptionFrequency("Бюджет", true, 0)], 0);

        var cut = Render<ItemStatisticsView>(p => p.Add(c => c.Item, item));

        Assert.DoesNotContain("✓", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".correct-option"));
        Assert.Equal(["4", "0"], cut.FindAll(".option-frequencies tbody tr td:nth-child(2)").Select(td => td.TextContent));
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
