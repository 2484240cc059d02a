using Mektep.Quizzes.Import;

namespace Mektep.Tests.Modules.Quizzes.Import;

public sealed class AikenParserTests
{
    [Fact]
    public void Parse_WellFormedFile_ReadsEveryQuestion()
    {
        const string file = "Ауыл бюджетінің негізгі кірісі?\nA. Жер салығы\nB) Айыппұл\nC. Сыйлық\nANSWER: A\n\r\nЕкінші сұрақ\nA. Иә\nB. Жоқ\nANSWER: b\n";

        var result = AikenParser.Parse(file, "kk");

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Questions.Count);
        Assert.Equal("Жер салығы", result.Questions[0].Options.Single(o => o.Correct).Text.For("kk"));
        Assert.Equal("Жоқ", result.Questions[1].Options.Single(o => o.Correct).Text.For("kk"));
    }

    [Theory]
    [InlineData("Сұрақ\nA. Бір\nB. Екі\n", "The question has no ANSWER line.")]
    [InlineData("Сұрақ\nA. Бір\nANSWER: A", "The question needs at least two options.")]
    [InlineData("Сұрақ\nA. Бір\nB. Екі\nANSWER: D", "The ANSWER names no option.")]
    [InlineData("A. Бір\nB. Екі\nANSWER: A", "The question has no text.")]
    [InlineData("Сұрақ\nA. Бір\nA. Екі\nANSWER: A", "Two options have the same letter.")]
    [InlineData("Сұрақ\nA. Бір\nB. Екі\nартық жол\nANSWER: A", "A line after the options is neither an option nor the ANSWER line.")]
    public void Parse_BrokenQuestion_IsRejectedWithItsReason(string file, string reason)
    {
        var result = AikenParser.Parse(file, "ru");

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(1, rejection.Line);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void Parse_MixedFile_KeepsTheGoodAndNamesTheBadByLine()
    {
        const string file = "Жақсы\nA. Иә\nB. Жоқ\nANSWER: A\n\nЖаман\nA. Иә\nANSWER: A\n";

        var result = AikenParser.Parse(file, "kk");

        Assert.Single(result.Questions);
        Assert.Equal(6, Assert.Single(result.Rejected).Line);
    }
}
