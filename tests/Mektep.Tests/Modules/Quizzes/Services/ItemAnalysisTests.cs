using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;

namespace Mektep.Tests.Modules.Quizzes.Services;

public sealed class ItemAnalysisTests
{
    private static readonly QuestionData Choice = new()
    {
        Type = QuestionType.SingleChoice,
        Stem = LocalizedText.Of("kk", "Қайсысы?"),
        Options =
        [
            new QuestionOption { Id = "r", Text = LocalizedText.Of("kk", "Дұрыс"), Correct = true },
            new QuestionOption { Id = "w", Text = LocalizedText.Of("kk", "Қате") },
            new QuestionOption { Id = "x", Text = LocalizedText.Of("kk", "Ешкім таңдамайды") },
        ],
    };

    private static readonly QuestionData Short = new() { Type = QuestionType.ShortText, Stem = LocalizedText.Of("kk", "Өзен?"), AcceptedAnswers = ["Есіл"] };

    [Fact]
    public void Analyse_StrongLearnersRightWeakWrong_GivesFacilityDiscriminationAndFrequencies()
    {
        // Eight attempts: the four best answered the choice rightly, the four weakest wrongly (one left it blank).
        var rows = new List<(decimal Percent, string? Choice, string ShortAnswer, decimal ShortScore)>
        {
            (100, "r", "Есіл", 1), (100, "r", "есіл", 1), (50, "r", "Ишим", 0), (50, "r", "Ишим", 0),
            (50, "w", "Есіл", 1), (50, "w", "Есіл", 1), (0, "w", "Нұра", 0), (0, null, "", 0),
        };
        var attempts = rows.Select((r, i) => Attempt(i + 1, r.Percent)).ToList();
        var answers = rows.SelectMany((r, i) => new[]
        {
            Answer(i + 1, 1, r.Choice is null ? [] : [r.Choice], r.Choice == "r" ? 1 : 0),
            Answer(i + 1, 2, r.ShortAnswer.Length == 0 ? [] : [r.ShortAnswer], r.ShortScore),
        }).ToLookup(a => a.AttemptId);

        var analysis = ItemAnalysis.Analyse(attempts, answers, "kk");

        Assert.Equal(8, analysis.Attempts);
        var choice = analysis.Items[0];
        Assert.Equal(0.5m, choice.Facility);

        // Groups of round(8 × 0.27) = 2: the top two both right (1), the bottom two both wrong (0).
        Assert.Equal(1m, choice.Discrimination);
        Assert.Equal([4, 3, 0], choice.Options.Select(o => o.Count));
        Assert.Equal([true, false, false], choice.Options.Select(o => o.Correct));
        Assert.Equal(1, choice.Blank);
        var typed = analysis.Items[1];
        Assert.Equal(0.5m, typed.Facility);
        Assert.Equal(("Есіл", true, 4), (typed.Options[0].Text, typed.Options[0].Correct, typed.Options[0].Count));
        Assert.Equal(("Ишим", false, 2), (typed.Options[1].Text, typed.Options[1].Correct, typed.Options[1].Count));
    }

    [Fact]
    public void Analyse_FewerThanFourAttempts_LeavesDiscriminationEmpty()
    {
        var attempts = new List<QuizAttempt> { Attempt(1, 100), Attempt(2, 0) };
        var answers = new[] { Answer(1, 1, ["r"], 1), Answer(2, 1, ["w"], 0) }.ToLookup(a => a.AttemptId);

        var item = ItemAnalysis.Analyse(attempts, answers, "kk").Items[0];

        Assert.Equal(0.5m, item.Facility);
        Assert.Null(item.Discrimination);
    }

    [Fact]
    public void ToCsv_OneRowPerOption_WithBomAndDefusedFormulas()
    {
        var data = new QuestionData
        {
            Type = QuestionType.SingleChoice,
            Stem = LocalizedText.Of("kk", "=SUM(A1) қанша, иә?"),
            Options = [new QuestionOption { Id = "r", Text = LocalizedText.Of("kk", "Бір"), Correct = true }, new QuestionOption { Id = "w", Text = LocalizedText.Of("kk", "Екі") }],
        };
        var attempts = new List<QuizAttempt> { Attempt(1, 100, data) };
        var answers = new[] { Answer(1, 1, ["r"], 1) }.ToLookup(a => a.AttemptId);

        var bytes = ItemAnalysis.ToCsv(ItemAnalysis.Analyse(attempts, answers, "kk"), new Mektep.Tests.Modules.Quizzes.Components.QuizzesJsonLocalizerFactory().Create(typeof(ItemAnalysis)));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("1,1,SingleChoice,\"'=SUM(A1) қанша, иә?\",1,1,,0,Бір,1,1,100", lines[1]);
        Assert.EndsWith(",Екі,0,0,0", lines[2], StringComparison.Ordinal);
    }

    private static QuizAttempt Attempt(long id, decimal percent, QuestionData? only = null) => new()
    {
        Id = id,
        UserId = "u" + id,
        QuizSet = "quiz",
        Number = 1,
        Status = AttemptStatus.Graded,
        Percent = percent,
        Snapshot = QuizJson.Write(new AttemptSnapshot
        {
            Questions = only is null
                ? [new SnapshotQuestion { QuestionId = 1, Version = 1, Data = Choice }, new SnapshotQuestion { QuestionId = 2, Version = 1, Data = Short }]
                : [new SnapshotQuestion { QuestionId = 1, Version = 1, Data = only }],
        }),
    };

    private static AttemptAnswer Answer(long attemptId, long questionId, List<string> response, decimal score)
        => new() { AttemptId = attemptId, QuestionId = questionId, Response = QuizJson.Write(response), Score = score };
}
