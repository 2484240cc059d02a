using Mektep.Quizzes.Import;
using Mektep.Quizzes.Models;

namespace Mektep.Tests.Modules.Quizzes.Import;

public sealed class CsvQuestionParserTests
{
    private const string Header = "type,category,marks,question,answer,feedback,option 1,option 2,option 3\n";

    [Fact]
    public void Parse_EveryType_ReadsItsColumns()
    {
        const string file = Header
            + "single,Бюджет,2,Негізгі кіріс?,1,Салық кодексі,Жер салығы,Айыппұл,Сыйлық\n"
            + "multiple,,,Кіріс көздері?,partial: 1;2,,Салық,Жалдау,Ұйқы\n"
            + "truefalse,,,Ауыл бюджеті бар.,иә\n"
            + "numeric,Өндіріс,,Сүт өнімі?,\"1 500 ± 2%\",,т,тонна\n"
            + "short,,,Өзен?,Есіл,,Ишим\n"
            + "ordering,,,Ретімен,,,Жоспар,Бюджет,Есеп\n"
            + "matching,,,Сәйкестендіріңіз,,,Сүт -> Мал,Бидай -> Егін\n"
            + "essay,,4,Жобаңызды сипаттаңыз,Нақты сандар\n";

        var result = CsvQuestionParser.Parse(file, "kk");

        Assert.Empty(result.Rejected);
        Assert.Equal(Enum.GetValues<QuestionType>(), result.Questions.Select(q => q.Type));
        var single = result.Questions[0];
        Assert.Equal(2, single.Points);
        Assert.Equal("Жер салығы", single.Options.Single(o => o.Correct).Text.For("kk"));
        Assert.Equal("Салық кодексі", single.Feedback.For("kk"));
        Assert.Equal("Бюджет", result.Items[0].Category);
        Assert.Equal(2, result.Items[0].Line);
        Assert.Equal(MultipleChoiceScoring.PartialCredit, result.Questions[1].Scoring);
        Assert.Equal([true, true, false], result.Questions[1].Options.Select(o => o.Correct));
        Assert.True(result.Questions[2].TrueFalseAnswer);
        var numeric = result.Questions[3];
        Assert.Equal(1500m, numeric.NumericAnswer);
        Assert.Equal(0.02m, numeric.Tolerance);
        Assert.Equal(ToleranceKind.Relative, numeric.ToleranceKind);
        Assert.Equal(["т", "тонна"], numeric.Units);
        Assert.Equal(["Есіл", "Ишим"], result.Questions[4].AcceptedAnswers);
        Assert.Equal(["Жоспар", "Бюджет", "Есеп"], result.Questions[5].Options.Select(o => o.Text.For("kk")));
        Assert.Equal("Егін", result.Questions[6].Options[1].Match.For("kk"));
        Assert.Equal("Нақты сандар", result.Questions[7].Rubric.For("kk"));
    }

    [Fact]
    public void Parse_SemicolonsAndQuotedLineBreaks_AreRead()
    {
        const string file = "single;;;\"Бірінші жол\nекінші жол\";2;;Иә;Жоқ\nnumeric;;;Қанша?;1400..1600\n";

        var result = CsvQuestionParser.Parse(file, "ru");

        Assert.Empty(result.Rejected);
        Assert.Equal("Бірінші жол\nекінші жол", result.Questions[0].Stem.For("ru"));
        Assert.Equal([1, 3], result.Items.Select(i => i.Line));
        Assert.Equal(100m, result.Questions[1].Tolerance);
    }

    [Theory]
    [InlineData("puzzle,,,Q,1,,a,b", "The type is not one of single, multiple, truefalse, numeric, short, ordering, matching, essay.")]
    [InlineData("single,,,,1,,a,b", "The question has no text.")]
    [InlineData("single,,0,Q,1,,a,b", "The marks are not a number greater than 0 and at most 100.")]
    [InlineData("single,,abc,Q,1,,a,b", "The marks are not a number greater than 0 and at most 100.")]
    [InlineData("single,,,Q,1,,a", "The question needs at least two options.")]
    [InlineData("single,,,Q,3,,a,b", "The answer must give the numbers of the correct options (1 for the first).")]
    [InlineData("single,,,Q,1;2,,a,b", "A single choice question needs exactly one correct option.")]
    [InlineData("multiple,,,Q,,,a,b", "No answer is marked correct.")]
    [InlineData("truefalse,,,Q,maybe", "The answer of a true/false question must be true or false.")]
    [InlineData("numeric,,,Q,көп", "The numeric answer is not a number.")]
    [InlineData("numeric,,,Q,10..5", "The range's lower end is above its upper end.")]
    [InlineData("numeric,,,Q,10±x", "The tolerance is not a number of zero or more.")]
    [InlineData("short,,,Q,", "A short answer question needs at least one accepted answer.")]
    [InlineData("ordering,,,Q,,,a", "An ordering question needs at least two items.")]
    [InlineData("matching,,,Q,,,a -> b,c", "Every pair needs a left and a right text.")]
    [InlineData("matching,,,Q,,,a -> b", "A matching question needs at least two pairs.")]
    [InlineData("single,,,Q,1,,a,b,c,d,e,f,g,h,i,j,k,l,m", "The question has more than 12 answers.")]
    public void Parse_BrokenRecord_IsRejectedWithItsLineAndReason(string record, string reason)
    {
        var result = CsvQuestionParser.Parse(Header + record + "\n", "kk");

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(2, rejection.Line);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Parse_EmptyLinesAndNoHeader_AreSkipped()
    {
        var result = CsvQuestionParser.Parse("\ntruefalse,,,Q,false\n,,,,\n", "kk");

        Assert.Empty(result.Rejected);
        Assert.False(Assert.Single(result.Questions).TrueFalseAnswer);
    }
}
