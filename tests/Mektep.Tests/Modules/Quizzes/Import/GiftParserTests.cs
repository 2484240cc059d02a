using Mektep.Quizzes.Import;
using Mektep.Quizzes.Models;

namespace Mektep.Tests.Modules.Quizzes.Import;

public sealed class GiftParserTests
{
    [Fact]
    public void Parse_SingleChoice_ReadsTitleOptionsFeedbackAndGeneralFeedback()
    {
        const string file = "// a comment\n::Салық::Ауыл бюджетінің кірісі? {\n=Жер салығы#Дұрыс\n~Айыппұл#Жоқ\n~Сыйлық\n####Салық кодексін қараңыз.}\n";

        var result = GiftParser.Parse(file, "kk");

        Assert.Empty(result.Rejected);
        var item = Assert.Single(result.Items);
        Assert.Equal(2, item.Line);
        Assert.Equal("Салық", item.Name);
        Assert.Equal(QuestionType.SingleChoice, item.Data.Type);
        Assert.Equal("Ауыл бюджетінің кірісі?", item.Data.Stem.For("kk"));
        Assert.Equal(["Жер салығы"], item.Data.Options.Where(o => o.Correct).Select(o => o.Text.For("kk")));
        Assert.Equal("Дұрыс", item.Data.Options[0].Feedback.For("kk"));
        Assert.Equal("Салық кодексін қараңыз.", item.Data.Feedback.For("kk"));
    }

    [Fact]
    public void Parse_EqualPositiveWeights_MakeMultipleChoiceWithPartialCredit()
    {
        var result = GiftParser.Parse("Қайсысы кіріс? {~%50%Салық ~%50%Жалдау ~%-100%Ұйқы ~Ештеңе}", "kk");

        var data = Assert.Single(result.Questions);
        Assert.Equal(QuestionType.MultipleChoice, data.Type);
        Assert.Equal(MultipleChoiceScoring.PartialCredit, data.Scoring);
        Assert.True(data.NegativeMarking);
        Assert.Equal([true, true, false, false], data.Options.Select(o => o.Correct));
    }

    [Fact]
    public void Parse_ThirdsWeights_AddUpWithinRounding()
    {
        var result = GiftParser.Parse("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}", "ru");

        Assert.Equal(QuestionType.MultipleChoice, Assert.Single(result.Questions).Type);
    }

    [Theory]
    [InlineData("Q {~%70%a ~%30%b ~c}", "The weights of the correct answers must be equal and add up to 100%.")]
    [InlineData("Q {=a ~%50%b ~c}", "The weights of the correct answers must be equal and add up to 100%.")]
    [InlineData("Q {~a ~b}", "No answer is marked correct.")]
    [InlineData("Q {~%x%a =b}", "An answer weight is not a number in %…%.")]
    [InlineData("Q {=a}", null)]
    [InlineData("Q {=a =%50%b}", "Short answers with partial credit cannot be stored: every accepted answer earns full marks.")]
    [InlineData("Просто текст без ответа", "The question has no answer block in braces { }.")]
    [InlineData("Q {=a ~b", "The answer block is opened with { and never closed.")]
    [InlineData("Q {=a ~b} и {=c ~d}", "The question has more than one answer block.")]
    [InlineData("{=a ~b}", "The question has no text.")]
    [InlineData("Q {#abc}", "The numeric answer is not a number.")]
    [InlineData("Q {#5..1}", "The range's lower end is above its upper end.")]
    [InlineData("Q {#5:-1}", "The tolerance is not a number of zero or more.")]
    [InlineData("Q {# =%50%5 =6}", "Numeric answers with partial credit cannot be stored: give one answer with its tolerance.")]
    [InlineData("Q {=a -> b =c}", "A matching question needs every answer written as =left -> right.")]
    [InlineData("Q {=a -> b}", "A matching question needs at least two pairs.")]
    [InlineData("Q {=a -> b = -> c}", "Every pair needs a left and a right text.")]
    [InlineData("Q {жауап}", "Each answer must start with = or ~.")]
    [InlineData("::Тақырып Q {=a ~b}", "The title is opened with :: and never closed.")]
    public void Parse_QuestionTheBankCannotHold_IsRejectedWithItsReason(string file, string? reason)
    {
        var result = GiftParser.Parse(file, "kk");

        if (reason is null)
        {
            Assert.Empty(result.Rejected);
            return;
        }

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(1, rejection.Line);
        Assert.Empty(result.Items);
    }

    [Theory]
    [InlineData("Жер дөңгелек. {T}", true)]
    [InlineData("Жер дөңгелек. {TRUE}", true)]
    [InlineData("Жер жалпақ. {F}", false)]
    [InlineData("Жер жалпақ. {false#Қате#Дұрыс}", false)]
    public void Parse_TrueFalse_ReadsTheAnswer(string file, bool expected)
    {
        var data = Assert.Single(GiftParser.Parse(file, "kk").Questions);

        Assert.Equal(QuestionType.TrueFalse, data.Type);
        Assert.Equal(expected, data.TrueFalseAnswer);
    }

    [Fact]
    public void Parse_TrueFalseFeedback_KeepsTheRightAnswerFeedback()
    {
        var data = Assert.Single(GiftParser.Parse("Жер жалпақ. {F#Қате#Дұрыс}", "kk").Questions);

        Assert.Equal("Дұрыс", data.Feedback.For("kk"));
    }

    [Theory]
    [InlineData("Q {#1500}", 1500, 0)]
    [InlineData("Q {#1500:50}", 1500, 50)]
    [InlineData("Q {#1400..1600}", 1500, 100)]
    [InlineData("Q {#2.5:0.05}", 2.5, 0.05)]
    [InlineData("Q {# =1500:10#жақсы}", 1500, 10)]
    [InlineData("Q {#-3..-1}", -2, 1)]
    public void Parse_Numeric_ReadsAnswerAndAbsoluteTolerance(string file, double answer, double tolerance)
    {
        var data = Assert.Single(GiftParser.Parse(file, "kk").Questions);

        Assert.Equal(QuestionType.Numeric, data.Type);
        Assert.Equal((decimal)answer, data.NumericAnswer);
        Assert.Equal((decimal)tolerance, data.Tolerance);
        Assert.Equal(ToleranceKind.Absolute, data.ToleranceKind);
    }

    [Fact]
    public void Parse_ShortAnswer_KeepsEveryAcceptedAnswer()
    {
        var data = Assert.Single(GiftParser.Parse("Астана қай өзенде? {=Есіл =Ишим =%100%Esil}", "kk").Questions);

        Assert.Equal(QuestionType.ShortText, data.Type);
        Assert.Equal(["Есіл", "Ишим", "Esil"], data.AcceptedAnswers);
    }

    [Fact]
    public void Parse_Matching_ReadsPairs()
    {
        var data = Assert.Single(GiftParser.Parse("Сәйкестендіріңіз. {\n=Сүт -> Мал шаруашылығы\n=Бидай -> Егін шаруашылығы\n=Алма -> Бау-бақша\n}", "kk").Questions);

        Assert.Equal(QuestionType.Matching, data.Type);
        Assert.Equal(["Сүт", "Бидай", "Алма"], data.Options.Select(o => o.Text.For("kk")));
        Assert.Equal("Егін шаруашылығы", data.Options[1].Match.For("kk"));
    }

    [Fact]
    public void Parse_EmptyBraces_MakeAnEssay()
    {
        var data = Assert.Single(GiftParser.Parse("Жобаңызды сипаттаңыз. {}", "kk").Questions);

        Assert.Equal(QuestionType.Essay, data.Type);
    }

    [Fact]
    public void Parse_AnswerBlockInsideSentence_LeavesAGapInTheStem()
    {
        var data = Assert.Single(GiftParser.Parse("Ауыл бюджеті {=жыл сайын ~ай сайын} бекітіледі.", "kk").Questions);

        Assert.Equal("Ауыл бюджеті _____ бекітіледі.", data.Stem.For("kk"));
    }

    [Fact]
    public void Parse_Escapes_AreReadAsPlainCharacters()
    {
        var data = Assert.Single(GiftParser.Parse("[markdown]Формула: a\\=b \\{x\\} 50\\% \\: сызық\\nекінші {=1\\~2 ~3\\#4 ~a\\\\b}", "ru").Questions);

        Assert.Equal("Формула: a=b {x} 50% : сызық\nекінші", data.Stem.For("ru"));
        Assert.Equal(["1~2", "3#4", "a\\b"], data.Options.Select(o => o.Text.For("ru")));
    }

    [Fact]
    public void Parse_CategoryLines_ApplyToTheQuestionsAfterThem()
    {
        const string file = "Бірінші {T}\n\n$CATEGORY: $course$/top/Бюджет/Салықтар\n\nЕкінші {F}\n\n$CATEGORY: Өндіріс\nҮшінші {T}\n";

        var result = GiftParser.Parse(file, "kk");

        Assert.Equal([null, "Бюджет / Салықтар", "Өндіріс"], result.Items.Select(i => i.Category));
        Assert.Equal([1, 5, 8], result.Items.Select(i => i.Line));
    }

    [Fact]
    public void Parse_CommentsAndCrLf_DoNotSplitOrBreakQuestions()
    {
        const string file = "// header\r\nБірінші\r\n// inside\r\n{=a ~b}\r\n\r\n\r\n// between\r\nЕкінші {T}";

        var result = GiftParser.Parse(file, "kk");

        Assert.Empty(result.Rejected);
        Assert.Equal(["Бірінші", "Екінші"], result.Questions.Select(q => q.Stem.For("kk")));
    }

    [Fact]
    public void Parse_MixedFile_KeepsTheGoodAndNamesTheBadByLine()
    {
        const string file = "Жақсы {T}\n\nЖаман {~a ~b}\n\n\nТағы жақсы {#5}\n\nЖауапсыз сұрақ\n";

        var result = GiftParser.Parse(file, "kk");

        Assert.Equal([1, 6], result.Items.Select(i => i.Line));
        Assert.Equal([3, 8], result.Rejected.Select(r => r.Line));
        Assert.Equal("Жаман {~a ~b}", result.Rejected[0].Excerpt);
    }

    [Fact]
    public void Parse_ThirteenOptions_IsRejected()
    {
        var options = string.Join(" ", Enumerable.Range(1, 13).Select(i => (i == 1 ? "=" : "~") + "o" + i));

        var result = GiftParser.Parse("Q {" + options + "}", "kk");

        Assert.Equal("The question has more than 12 answers.", Assert.Single(result.Rejected).Reason);
    }
}
