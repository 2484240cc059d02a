using System.Globalization;
using Bunit;
using Mektep.Markdown;
using Mektep.Markdown.Services;
using Mektep.Quizzes.Components;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Quizzes.Components;

public sealed class QuestionComponentsTests : BunitContext
{
    public QuestionComponentsTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, QuizzesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        Services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
    }

    [Theory]
    [InlineData("kk", "Қай сала **кіріс** әкеледі?", "1-сұрақ")]
    [InlineData("ru", "Какая отрасль приносит доход?", "Вопрос 1")]
    public void QuestionInput_SingleChoice_ShowsStemAndOptionsButNoKey(string culture, string stem, string number)
    {
        using var _ = new UiCulture(culture);
        var question = Frozen(new QuestionData
        {
            Type = QuestionType.SingleChoice,
            Stem = new LocalizedText { ["kk"] = "Қай сала **кіріс** әкеледі?", ["ru"] = "Какая отрасль приносит доход?" },
            Options = [Option("k1", "Мал шаруашылығы", correct: true), Option("k2", "Ештеңе"), Option("k3", "Білмеймін")],
        }, "k3", "k1", "k2");

        var cut = Render<QuestionInput>(p => p.Add(c => c.Question, question).Add(c => c.Number, 1).Add(c => c.Culture, culture).Add(c => c.Answer, ["k1"]));

        Assert.Contains(number, cut.Find("legend").TextContent);
        Assert.Contains(culture == "kk" ? "<strong>кіріс</strong>" : stem, cut.Find(".question-stem").InnerHtml);
        Assert.Equal(["k3", "k1", "k2"], cut.FindAll("input[type=radio]").Select(i => i.GetAttribute("value")));
        Assert.True(cut.Find("input[value=k1]").HasAttribute("checked"));
        Assert.DoesNotContain("correct", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void QuestionInput_Matching_OffersTokensNotTheAnswerPairs()
    {
        using var _ = new UiCulture("kk");
        var question = Frozen(new QuestionData
        {
            Type = QuestionType.Matching,
            Stem = LocalizedText.Of("kk", "Сәйкестендіріңіз."),
            Options =
            [
                new QuestionOption { Id = "left1", Text = LocalizedText.Of("kk", "Сүт"), Match = LocalizedText.Of("kk", "Мал шаруашылығы") },
                new QuestionOption { Id = "left2", Text = LocalizedText.Of("kk", "Бидай"), Match = LocalizedText.Of("kk", "Егін шаруашылығы") },
            ],
        }, "left1", "left2");
        question.Right = [new MatchChoice { Token = "tokB", OptionId = "left2" }, new MatchChoice { Token = "tokA", OptionId = "left1" }];

        var cut = Render<QuestionInput>(p => p.Add(c => c.Question, question).Add(c => c.Number, 2).Add(c => c.Culture, "kk"));

        var values = cut.FindAll("select[name='a.5.left1'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "tokB", "tokA"], values);
        Assert.DoesNotContain("value=\"left1\"", cut.Markup);
        Assert.DoesNotContain("value=\"left2\"", cut.Markup);
    }

    [Theory]
    [InlineData(QuestionType.ShortText, "жасырынжауап")]
    [InlineData(QuestionType.Numeric, "7319")]
    public void QuestionInput_TypedAnswer_NeverShowsTheAcceptedAnswer(QuestionType type, string secret)
    {
        using var _ = new UiCulture("ru");
        var question = Frozen(new QuestionData
        {
            Type = type,
            Stem = LocalizedText.Of("ru", "Сколько?"),
            AcceptedAnswers = ["жасырынжауап"],
            NumericAnswer = 7319.25m,
            Units = ["т"],
        });

        var cut = Render<QuestionInput>(p => p.Add(c => c.Question, question).Add(c => c.Number, 1).Add(c => c.Culture, "ru"));

        Assert.Single(cut.FindAll("input[name='a.5']"));
        Assert.DoesNotContain(secret, cut.Markup);
    }

    [Theory]
    [InlineData("kk", "Дұрыс жауап:", "Балл: 1 ішінен 0")]
    [InlineData("ru", "Правильный ответ:", "Баллы: 0 из 1")]
    public void QuestionReview_WithCorrectAnswersAllowed_ShowsTheKeyAndScore(string culture, string label, string score)
    {
        using var _ = new UiCulture(culture);
        var question = Frozen(new QuestionData { Type = QuestionType.ShortText, Stem = LocalizedText.Of("kk", "Құпия сөз?"), AcceptedAnswers = ["кооператив"] });
        var answer = new AttemptAnswer { QuestionId = 5, Response = QuizJson.Write(new List<string> { "ферма" }), Score = 0 };

        var cut = Render<QuestionReview>(p => p.Add(c => c.Question, question).Add(c => c.Number, 1).Add(c => c.Culture, culture)
            .Add(c => c.Answer, answer).Add(c => c.Review, new ReviewOptions { Score = true, CorrectAnswers = true }));

        Assert.Contains(label, cut.Find(".correct-answer").TextContent);
        Assert.Contains("кооператив", cut.Find(".correct-answer").TextContent);
        Assert.Contains("ферма", cut.Find(".your-answer").TextContent);
        Assert.Equal(score, cut.Find(".answer-score").TextContent);
    }

    [Fact]
    public void QuestionReview_WithoutCorrectAnswers_HidesTheKey()
    {
        using var _ = new UiCulture("kk");
        var question = Frozen(new QuestionData { Type = QuestionType.ShortText, Stem = LocalizedText.Of("kk", "Құпия сөз?"), AcceptedAnswers = ["кооператив"] });

        var cut = Render<QuestionReview>(p => p.Add(c => c.Question, question).Add(c => c.Number, 1).Add(c => c.Culture, "kk")
            .Add(c => c.Review, new ReviewOptions { Score = true }));

        Assert.DoesNotContain("кооператив", cut.Markup);
        Assert.Empty(cut.FindAll(".correct-answer"));
    }

    private static QuestionOption Option(string id, string text, bool correct = false)
        => new() { Id = id, Text = LocalizedText.Of("kk", text), Correct = correct };

    private static SnapshotQuestion Frozen(QuestionData data, params string[] order)
        => new() { QuestionId = 5, Version = 1, Data = data, OptionOrder = [.. order] };

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
