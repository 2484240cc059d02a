using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Mektep.Data;
using Mektep.Engine.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Mektep.Tests.Engine.Organisation;

public sealed partial class LearnerImportTests(ITestOutputHelper output)
{
    private const string Header = "name,email,phone,region,district,rural district,language";

    [Theory, Providers]
    public async Task Import_MixedFile_PreviewListsEachBadLineAndConfirmCreatesOnlyGoodOnes(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();
        var csv = string.Join("\n",
            Header,
            "Айгүл Сәрсенова,aigul@import.test,+77011234567,akmola,akm-zerenda,akm-zerenda-ruzaevka,kk",
            "Болат Ахметов,bolat@import.test,,Акмолинская область,Зерендинский район,Рузаевский сельский округ,ru",
            "Дубль,AIGUL@import.test,,akmola,akm-zerenda,akm-zerenda-ruzaevka,ru",
            $"Existing,{SiteFactory.AdminEmail},,akmola,akm-zerenda,akm-zerenda-ruzaevka,en",
            "Nowhere,nowhere@import.test,,atlantis,akm-zerenda,akm-zerenda-ruzaevka,en",
            ",nameless@import.test,,akmola,akm-zerenda,akm-zerenda-ruzaevka,kk",
            "Wrong district,wrong@import.test,,akmola,abai-kokpekty,abai-kokpekty-kokpekty,kk",
            "Deutsch,deutsch@import.test,,Абай облысы,Көкпекті ауданы,Көкпекті ауылдық округі,de",
            "Дана Абаева,dana@import.test,,abai,abai-kokpekty,abai-kokpekty-kokpekty,",
            "Bad email,not-an-email,,abai,abai-kokpekty,abai-kokpekty-kokpekty,kk");

        var upload = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv));
        var preview = await admin.GetStringAsync(upload.Headers.Location!.OriginalString);
        var confirm = await admin.PostAsync(upload.Headers.Location.OriginalString, FormClientExtensions.Form(preview, "import-confirm", new() { ["Confirm"] = "true" }));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(["create", "create", "skip", "skip", "skip", "skip", "skip", "skip", "create", "skip"], Outcomes(preview).Select(o => o.Outcome));
        Assert.Equal(Enumerable.Range(2, 10), Outcomes(preview).Select(o => o.Line));
        var decoded = WebUtility.HtmlDecode(preview);
        Assert.Contains("The email address already appears on line 2.", decoded);
        Assert.Contains("A user with this email address already exists.", decoded);
        Assert.Contains("Unknown region \"atlantis\".", decoded);
        Assert.Contains("The name is empty.", decoded);
        Assert.Contains("The district \"abai-kokpekty\" is not in the region \"akmola\".", decoded);
        Assert.Contains("Unknown language \"de\": use kk, ru or en.", decoded);
        Assert.Contains("The email address is not valid.", decoded);
        Assert.Contains("Import 3 good rows", preview);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("data-created=\"3\" data-skipped=\"7\"", await confirm.Content.ReadAsStringAsync());
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
        var learnerRole = await db.Roles.SingleAsync(r => r.Name == StandardRoles.Learner);
        var imported = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@import.test")).OrderBy(u => u.Email).ToListAsync();
        Assert.Equal(["aigul@import.test", "bolat@import.test", "dana@import.test"], imported.Select(u => u.Email));
        Assert.Equal([data.Ruzaevka, data.Ruzaevka, data.Kokpekty1], imported.Select(u => u.RuralDistrictId));
        Assert.Equal(["kk", "ru", null], imported.Select(u => u.PreferredCulture));
        Assert.All(imported, u => Assert.Null(u.PasswordHash));
        Assert.Equal(3, await db.UserRoles.CountAsync(ur => ur.RoleId == learnerRole.Id && imported.Select(u => u.Id).Contains(ur.UserId)));
        var mails = Directory.GetFiles(site.MailFolder, "*.eml").Select(ReadMail).ToList();
        Assert.Equal(3, mails.Count);
        Assert.All(["aigul@import.test", "bolat@import.test", "dana@import.test"], address => Assert.Single(mails, m => m.Contains(address) && m.Contains("/account/reset-password?userId=")));
    }

    [Theory, Providers]
    public async Task Import_ConfirmedTwice_CreatesUsersOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();
        var upload = await UploadAsync(admin, Encoding.UTF8.GetBytes("Дана,dana@import.test,,abai,abai-kokpekty,abai-kokpekty-kokpekty,kk"));
        var url = upload.Headers.Location!.OriginalString;
        var preview = await admin.GetStringAsync(url);

        var first = await admin.PostAsync(url, FormClientExtensions.Form(preview, "import-confirm", new() { ["Confirm"] = "true" }));
        var second = await admin.PostAsync(url, FormClientExtensions.Form(preview, "import-confirm", new() { ["Confirm"] = "true" }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, second.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MektepDbContext>().Users.CountAsync(u => u.Email == "dana@import.test"));
    }

    [Theory, Providers]
    public async Task Import_Windows1251File_IsRefusedWithEncodingMessageAndCreatesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes(Header + "\nИван Петров,ivan@import.test,,akmola,akm-zerenda,akm-zerenda-ruzaevka,ru\n");

        var response = await UploadAsync(admin, bytes);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("Save it as \"CSV UTF-8\"", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "ivan@import.test"));
        Assert.Equal(0, await db.Set<Mektep.Engine.Organisation.ImportBatch>().CountAsync());
    }

    [Theory, Providers]
    public async Task Import_FileOverFiveMegabytes_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + new string('x', 5 * 1024 * 1024));

        var response = await UploadAsync(admin, bytes);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("The file is larger than 5 MB.", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Import_2500Rows_CreatesEveryLearner(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= 2500; i++)
        {
            csv.Append(i % 2 == 0
                ? $"Тыңдаушы {i},learner{i}@bulk.test,+7701{i:D7},akmola,akm-zerenda,akm-zerenda-ruzaevka,kk\n"
                : $"Слушатель {i},learner{i}@bulk.test,,Абай облысы,Көкпекті ауданы,Кокпектинский сельский округ,ru\n");
        }

        var clock = Stopwatch.StartNew();
        var upload = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv.ToString()));
        var url = upload.Headers.Location!.OriginalString;
        var preview = await admin.GetStringAsync(url);
        var previewed = clock.Elapsed;
        var confirm = await admin.PostAsync(url, FormClientExtensions.Form(preview, "import-confirm", new() { ["Confirm"] = "true" }));
        var imported = clock.Elapsed - previewed;
        output.WriteLine($"{provider}: upload + preview of 2,500 rows {previewed.TotalSeconds:F2} s, confirm (create + mail) {imported.TotalSeconds:F2} s");

        Assert.Contains("Import 2500 good rows", preview);
        Assert.Contains("data-created=\"2500\" data-skipped=\"0\"", await confirm.Content.ReadAsStringAsync());
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
        Assert.Equal(2500, await db.Users.CountAsync(u => u.Email!.EndsWith("@bulk.test")));
        Assert.Equal(1250, await db.Users.CountAsync(u => u.Email!.EndsWith("@bulk.test") && u.RuralDistrictId == data.Kokpekty1));
        var learnerRole = await db.Roles.SingleAsync(r => r.Name == StandardRoles.Learner);
        Assert.Equal(2500, await db.UserRoles.CountAsync(ur => ur.RoleId == learnerRole.Id));
        Assert.Equal(2500, Directory.GetFiles(site.MailFolder, "*.eml").Length);
    }

    [Theory, Providers]
    public async Task ImportPage_Learner_IsForbidden(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);

        var response = await learner.GetAsync("/admin/users/import");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file)
    {
        var page = await client.GetStringAsync("/admin/users/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("import-upload"), "_handler" },
            { new StringContent(SiteFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "File", "learners.csv" },
        };
        return await client.PostAsync("/admin/users/import", content);
    }

    /// <summary>The headers and the decoded base64 body of a pickup-folder message.</summary>
    private static string ReadMail(string path)
    {
        var text = File.ReadAllText(path);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return text[..split] + "\n" + Encoding.UTF8.GetString(Convert.FromBase64String(text[(split + 4)..].Replace("\r\n", "")));
    }

    private static IEnumerable<(int Line, string Outcome)> Outcomes(string preview)
        => RowPattern().Matches(preview).Select(m => (int.Parse(m.Groups[1].Value), m.Groups[2].Value));

    [GeneratedRegex("data-line=\"(\\d+)\" data-outcome=\"(\\w+)\"")]
    private static partial Regex RowPattern();
}
