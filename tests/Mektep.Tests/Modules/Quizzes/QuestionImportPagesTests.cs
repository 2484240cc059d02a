using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Mektep.Data;
using Mektep.Engine.Audit;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes;

public sealed partial class QuestionImportPagesTests
{
    private const string Gift = "$CATEGORY: $course$/top/Бюджет\n\n::Кіріс::Негізгі кіріс? {=Жер салығы ~Айыппұл}\n\nЖаман сұрақ {~a ~b}\n\nСүт өнімі қанша? {#1500:50}\n";

    [Theory, Providers]
    public async Task UploadGift_ThenConfirm_PreviewsEveryQuestionAndImportsTheAcceptedOnes(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = (await site.AdminClientAsync()).InEnglish();

        var preview = await UploadAsync(admin, Gift, "bank.gift");
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal([(3, "accepted"), (5, "rejected"), (7, "accepted")], Outcomes(html).OrderBy(o => o.Line));
        Assert.Contains("No answer is marked correct.", html);
        Assert.Equal(0, await CountAsync(site));

        var confirm = await admin.PostAsync("/admin/questions/import", FormClientExtensions.Form(html, "import-confirm", new() { ["Token"] = Token(html) }));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.EndsWith("/admin/questions?imported=2", confirm.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBank>();
        var category = Assert.Single(await bank.CategoriesAsync());
        Assert.Equal("Бюджет", category.Name);
        var (items, _) = await bank.ListAsync(category.Id, null, null, 1);
        Assert.Equal(["Кіріс", "Сүт өнімі қанша?"], items.Select(i => i.Name).Order());
        Assert.Equal(1500m, QuizJson.Question(items.Single(i => i.Type == QuestionType.Numeric).Data).NumericAnswer);
        var events = (await scope.ServiceProvider.GetRequiredService<AuditTrail>().SearchAsync(new AuditSearch(Category: "Quizzes"))).Events;
        Assert.Equal("Imported", Assert.Single(events).Action);
    }

    [Theory, Providers]
    public async Task UploadCsvAndAiken_WithDefaultCategory_ImportIntoIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        long categoryId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            categoryId = (await scope.ServiceProvider.GetRequiredService<QuestionBank>().AddCategoryAsync("Жалпы")).Id;
        }

        var admin = (await site.AdminClientAsync()).InEnglish();

        var csv = await ConfirmAsync(admin, await UploadAsync(admin, "type,category,marks,question,answer\ntruefalse,,,Ауыл бюджеті бар.,true\nnumeric,,,Қанша?,\"2,5\"\n", "bank.csv", categoryId));
        var aiken = await ConfirmAsync(admin, await UploadAsync(admin, "Сұрақ?\nA. Иә\nB. Жоқ\nANSWER: B\n", "bank.txt", categoryId, culture: "ru"));

        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, aiken.StatusCode);
        await using var check = site.Services.CreateAsyncScope();
        var (items, total) = await check.ServiceProvider.GetRequiredService<QuestionBank>().ListAsync(categoryId, null, null, 1);
        Assert.Equal(3, total);
        Assert.Equal(2.5m, QuizJson.Question(items.Single(i => i.Type == QuestionType.Numeric).Data).NumericAnswer);
        Assert.Equal("Сұрақ?", QuizJson.Question(items.Single(i => i.Type == QuestionType.SingleChoice).Data).Stem["ru"]);
    }

    [Theory, Providers]
    public async Task Confirm_ForgedOrAlteredToken_Answers400AndImportsNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = (await site.AdminClientAsync()).InEnglish();
        var html = await (await UploadAsync(admin, Gift, "bank.gift")).Content.ReadAsStringAsync();
        var token = Token(html);
        var altered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        var forged = await admin.PostAsync("/admin/questions/import", FormClientExtensions.Form(html, "import-confirm", new() { ["Token"] = "forged" }));
        var tampered = await admin.PostAsync("/admin/questions/import", FormClientExtensions.Form(html, "import-confirm", new() { ["Token"] = altered }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("Upload the file again.", await forged.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync(site));
    }

    [Theory, Providers]
    public async Task Confirm_SamePreviewTwice_ImportsOnceAndAnswers409(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = (await site.AdminClientAsync()).InEnglish();
        var html = await (await UploadAsync(admin, Gift, "bank.gift")).Content.ReadAsStringAsync();
        var first = await admin.PostAsync("/admin/questions/import", FormClientExtensions.Form(html, "import-confirm", new() { ["Token"] = Token(html) }));

        var second = await admin.PostAsync("/admin/questions/import", FormClientExtensions.Form(html, "import-confirm", new() { ["Token"] = Token(html) }));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("These questions were imported already.", await second.Content.ReadAsStringAsync());
        Assert.Equal(2, await CountAsync(site));
    }

    [Theory, Providers]
    public async Task Confirm_AnotherEditorsToken_Answers400(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = (await site.AdminClientAsync()).InEnglish();
        var token = Token(await (await UploadAsync(admin, Gift, "bank.gift")).Content.ReadAsStringAsync());
        await site.CreateUserAsync("editor@mektep.test", Mektep.Security.StandardRoles.CurriculumEditor);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);
        var page = await editor.GetStringAsync("/admin/questions/import");

        var response = await editor.PostAsync("/admin/questions/import", FormClientExtensions.Form(page, "import-confirm", new() { ["Token"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(site));
    }

    [Theory, Providers]
    public async Task Upload_NotUtf8_Answers422(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = (await site.AdminClientAsync()).InEnglish();

        var response = await UploadAsync(admin, Encoding.Latin1.GetBytes("Caf\u00e9 {T}"), "bank.gift");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("not UTF-8", await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, string fileName, long? categoryId = null, string culture = "kk")
        => UploadAsync(client, Encoding.UTF8.GetBytes(text), fileName, categoryId, culture);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string fileName, long? categoryId = null, string culture = "kk")
    {
        var page = await client.GetStringAsync("/admin/questions/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("import-upload"), "_handler" },
            { new StringContent(SiteFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(culture), "Culture" },
            { new StringContent(categoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""), "CategoryId" },
            { new ByteArrayContent(file), "File", fileName },
        };
        return await client.PostAsync("/admin/questions/import", content);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, HttpResponseMessage preview)
    {
        var html = await preview.Content.ReadAsStringAsync();
        return await client.PostAsync("/admin/questions/import", FormClientExtensions.Form(html, "import-confirm", new() { ["Token"] = Token(html) }));
    }

    private static async Task<int> CountAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<QuestionBank>().ListAsync(null, null, null, 1)).Total;
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static IEnumerable<(int Line, string Outcome)> Outcomes(string html)
        => RowPattern().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value));

    [GeneratedRegex("name=\"Token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-line=\"(\\d+)\" data-outcome=\"(\\w+)\"")]
    private static partial Regex RowPattern();
}
