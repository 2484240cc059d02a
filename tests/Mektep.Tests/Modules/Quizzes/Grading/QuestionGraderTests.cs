using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;

namespace Mektep.Tests.Modules.Quizzes.Grading;

public sealed class QuestionGraderTests
{
    private static QuestionData Choice(QuestionType type, params bool[] correct) => new()
    {
        Type = type,
        Stem = LocalizedText.Of("kk", "?"),
        Options = [.. correct.Select((c, i) => new QuestionOption { Id = "o" + i, Text = LocalizedText.Of("kk", "option " + i), Correct = c })],
    };

    [Theory]
    [InlineData("o1", 1)]
    [InlineData("o0", 0)]
    [InlineData("nope", 0)]
    public void Grade_SingleChoice_RightOptionOnly(string answer, int expected)
    {
        var question = Choice(QuestionType.SingleChoice, false, true, false);

        var result = QuestionGrader.Grade(question, [answer]);

        Assert.Equal(expected, result.Fraction);
    }

    [Theory]
    [InlineData("o0,o2", 1)]
    [InlineData("o0", 0)]
    [InlineData("o0,o1,o2", 0)]
    [InlineData("", 0)]
    public void Grade_MultipleChoiceAllOrNothing_ExactSetOnly(string answer, int expected)
    {
        var question = Choice(QuestionType.MultipleChoice, true, false, true, false);

        var result = QuestionGrader.Grade(question, answer.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, result.Fraction);
    }

    [Theory]
    [InlineData("o0,o2", false, "1")]
    [InlineData("o0", false, "0.5")]
    [InlineData("o0,o1", false, "0.5")]
    [InlineData("o0,o1", true, "0")]
    [InlineData("o0,o2,o1", true, "0.5")]
    [InlineData("o1,o3", true, "0")] // would be -1: floored at zero
    [InlineData("o0,o1,o2,o3", true, "0")]
    [InlineData("o0,o1,o2,o3", false, "1")]
    public void Grade_MultipleChoicePartialCredit_EarnsShares(string answer, bool negative, string expected)
    {
        var question = Choice(QuestionType.MultipleChoice, true, false, true, false);
        question.Scoring = MultipleChoiceScoring.PartialCredit;
        question.NegativeMarking = negative;

        var result = QuestionGrader.Grade(question, answer.Split(','));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Fraction);
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    [InlineData("maybe", 0)]
    public void Grade_TrueFalse_MatchesTheKey(string answer, int expected)
    {
        var question = new QuestionData { Type = QuestionType.TrueFalse, TrueFalseAnswer = true };

        var result = QuestionGrader.Grade(question, [answer]);

        Assert.Equal(expected, result.Fraction);
    }

    [Theory]
    [InlineData("1 500", 1)]
    [InlineData("1 510", 1)] // exactly at the edge
    [InlineData("1 490", 1)]
    [InlineData("1 510,01", 0)]
    [InlineData("1489,99", 0)]
    [InlineData("1 500 т", 1)]
    [InlineData("1500т", 1)]
    [InlineData("1 500 kg", 0)]
    [InlineData("бір мың", 0)]
    public void Grade_NumericAbsoluteTolerance_EdgesInclusive(string answer, int expected)
    {
        var question = new QuestionData { Type = QuestionType.Numeric, NumericAnswer = 1500, Tolerance = 10, Units = ["т"] };

        var result = QuestionGrader.Grade(question, [answer]);

        Assert.Equal(expected, result.Fraction);
    }

    [Theory]
    [InlineData("2,5", 1)]
    [InlineData("2,625", 1)] // +5% exactly
    [InlineData("2.375", 1)] // -5% exactly
    [InlineData("2,626", 0)]
    [InlineData("2,374", 0)]
    public void Grade_NumericRelativeTolerance_EdgesInclusive(string answer, int expected)
    {
        var question = new QuestionData { Type = QuestionType.Numeric, NumericAnswer = 2.5m, Tolerance = 0.05m, ToleranceKind = ToleranceKind.Relative };

        var result = QuestionGrader.Grade(question, [answer]);

        Assert.Equal(expected, result.Fraction);
    }

    [Theory]
    [InlineData("Кооператив", 1)]
    [InlineData("  кооператив  ", 1)]
    [InlineData("KOOПЕРАТИВ", 1)]
    [InlineData("ауыл шаруашылығы", 1)]
    [InlineData("АУЫЛ   ШАРУАШЫЛЫГЫ", 1)]
    [InlineData("кооперация", 0)]
    [InlineData("", 0)]
    public void Grade_ShortText_NormalisedAcceptedAnswers(string answer, int expected)
    {
        var question = new QuestionData { Type = QuestionType.ShortText, AcceptedAnswers = ["кооператив", "ауыл шаруашылығы"] };

        var result = QuestionGrader.Grade(question, [answer]);

        Assert.Equal(expected, result.Fraction);
    }

    [Theory]
    [InlineData("o0,o1,o2,o3", "1")]
    [InlineData("o1,o0,o2,o3", "0.5")]
    [InlineData("o3,o2,o1,o0", "0")]
    [InlineData("o0", "0.25")]
    public void Grade_Ordering_CreditPerItemInPlace(string answer, string expected)
    {
        var question = Choice(QuestionType.Ordering, false, false, false, false);

        var result = QuestionGrader.Grade(question, answer.Split(','));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Fraction);
    }

    [Theory]
    [InlineData("o0=o0,o1=o1,o2=o2", "1")]
    [InlineData("o0=o1,o1=o0,o2=o2", "0.3333")]
    [InlineData("o0=o0", "0.3333")]
    [InlineData("o0=o0,o1=o1", "0.6667")]
    [InlineData("o0=o2,o1=o0,o2=o1", "0")]
    [InlineData("garbage", "0")]
    public void Grade_Matching_CreditPerPair(string answer, string expected)
    {
        var question = Choice(QuestionType.Matching, false, false, false);
        for (var i = 0; i < question.Options.Count; i++)
        {
            question.Options[i].Match = LocalizedText.Of("kk", "right " + i);
        }

        var result = QuestionGrader.Grade(question, answer.Split(','));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Math.Round(result.Fraction, 4));
    }

    [Fact]
    public void Grade_Essay_WaitsForAnEditor()
    {
        var question = new QuestionData { Type = QuestionType.Essay };

        var result = QuestionGrader.Grade(question, ["Менің ойымша..."]);

        Assert.True(result.NeedsManualGrading);
    }

    [Theory]
    [InlineData(QuestionType.SingleChoice, "zzz", AnswerCheck.Problem.UnknownOption)]
    [InlineData(QuestionType.SingleChoice, "o0,o1", AnswerCheck.Problem.TooMany)]
    [InlineData(QuestionType.MultipleChoice, "o0,zzz", AnswerCheck.Problem.UnknownOption)]
    [InlineData(QuestionType.Matching, "o0=zzz", AnswerCheck.Problem.UnknownOption)]
    [InlineData(QuestionType.TrueFalse, "yes", AnswerCheck.Problem.UnknownOption)]
    [InlineData(QuestionType.SingleChoice, "o1", AnswerCheck.Problem.None)]
    public void Check_ForgedAnswer_IsNamed(QuestionType type, string answer, AnswerCheck.Problem expected)
    {
        var question = Choice(type, true, false);

        var problem = AnswerCheck.Check(question, answer.Split(','));

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Check_OversizedText_IsTooLong()
    {
        var question = new QuestionData { Type = QuestionType.ShortText };

        var problem = AnswerCheck.Check(question, [new string('а', AnswerCheck.MaxTextLength + 1)]);

        Assert.Equal(AnswerCheck.Problem.TooLong, problem);
    }

    [Theory]
    [InlineData(GradingMethod.Highest, "80")]
    [InlineData(GradingMethod.Latest, "70")]
    [InlineData(GradingMethod.First, "50")]
    [InlineData(GradingMethod.Average, "66.67")]
    public void QuizGrade_ByMethod_PicksTheAttempts(GradingMethod method, string expected)
    {
        decimal[] percents = [50, 80, 70];

        var grade = QuizGrade.Of(method, percents);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), grade);
    }
}
