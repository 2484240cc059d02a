using System.Net;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes;

public sealed class QuestionBankPagesTests
{
    [Theory, Providers]
    public async Task NewQuestion_ValidNumericForm_IsSavedWithItsKey(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var page = await admin.GetStringAsync("/admin/questions/new?type=Numeric");

        var response = await admin.PostAsync("/admin/questions/new?type=Numeric", FormClientExtensions.Form(page, "question", new()
        {
            ["Type"] = "Numeric",
            ["Points"] = "2",
            ["Stem.kk"] = "Сүт өнімі қанша тонна?",
            ["Stem.ru"] = "Сколько тонн молока?",
            ["NumericAnswer"] = "1 500,5",
            ["Tolerance"] = "0,05",
            ["ToleranceKind"] = "Relative",
            ["Units"] = "т, тонна",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var (items, _) = await scope.ServiceProvider.GetRequiredService<QuestionBank>().ListAsync(null, QuestionType.Numeric, null, 1);
        var data = QuizJson.Question(Assert.Single(items).Data);
        Assert.Equal(1500.5m, data.NumericAnswer);
        Assert.Equal(ToleranceKind.Relative, data.ToleranceKind);
        Assert.Equal(["т", "тонна"], data.Units);
        Assert.Equal("Сколько тонн молока?", data.Stem.For("ru"));
    }

    [Theory, Providers]
    public async Task NewQuestion_SingleChoiceWithoutCorrectOption_Answers422AndSavesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var page = await admin.GetStringAsync("/admin/questions/new?type=SingleChoice");

        var response = await admin.PostAsync("/admin/questions/new?type=SingleChoice", FormClientExtensions.Form(page, "question", new()
        {
            ["Type"] = "SingleChoice",
            ["Points"] = "1",
            ["Stem.kk"] = "Сұрақ",
            ["Options[0].Text.kk"] = "Бір",
            ["Options[1].Text.kk"] = "Екі",
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Mark exactly one option as correct.", await response.Content.ReadAsStringAsync());
        await using var scope = site.Services.CreateAsyncScope();
        var (_, total) = await scope.ServiceProvider.GetRequiredService<QuestionBank>().ListAsync(null, null, null, 1);
        Assert.Equal(0, total);
    }

    [Theory, Providers]
    public async Task EditQuestion_StaleVersion_Answers409(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var question = await site.Services.AddQuestionAsync(QuizTestData.Short());
        var admin = await site.AdminClientAsync();
        var url = $"/admin/questions/{question.Id}";
        var page = await admin.GetStringAsync(url);
        var fields = new Dictionary<string, string> { ["Type"] = "ShortText", ["Points"] = "1", ["Stem.kk"] = "Жаңа мәтін", ["AcceptedAnswers"] = "жауап" };
        await admin.PostAsync(url, FormClientExtensions.Form(page, "question", new(fields) { ["Version"] = "1" }));

        var stale = await admin.PostAsync(url, FormClientExtensions.Form(page, "question", new(fields) { ["Version"] = "1", ["Stem.kk"] = "Ескі көшірме" }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<QuestionBank>().GetAsync(question.Id);
        Assert.Equal("Жаңа мәтін", QuizJson.Question(stored!.Data).Stem.For("kk"));
    }
}
