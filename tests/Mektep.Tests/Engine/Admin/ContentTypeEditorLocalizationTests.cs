using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Engine.Admin;

public sealed class ContentTypeEditorLocalizationTests
{
    private static readonly string[] EnglishStrings = [">Add field<", ">Move up<", ">Move down<", ">Audit trail<", ">Content types<", ">Delete type<", ">Technical name<", ">Who<"];

    [Theory, Providers]
    public async Task AdminPages_InKazakhAndRussian_ShowNoEnglishUiStrings(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        var pages = new Dictionary<string, string>();
        foreach (var culture in new[] { "kk", "ru" })
        {
            var admin = await site.AdminClientAsync();
            await admin.PostFormAsync("/", handler: null, new Dictionary<string, string> { ["culture"] = culture }, postUrl: "/culture");
            pages[culture] = await admin.GetStringAsync("/admin/content-types")
                + await admin.GetStringAsync($"/admin/content-types/{TestContent.Note}")
                + await admin.GetStringAsync($"/admin/content-types/{TestContent.Note}/fields/{TestContent.Body}")
                + await admin.GetStringAsync("/admin/audit");
        }

        foreach (var english in EnglishStrings)
        {
            Assert.DoesNotContain(english, pages["kk"], StringComparison.Ordinal);
            Assert.DoesNotContain(english, pages["ru"], StringComparison.Ordinal);
        }

        Assert.Contains("Өріс қосу", pages["kk"], StringComparison.Ordinal);
        Assert.Contains("Аудит журналы", pages["kk"], StringComparison.Ordinal);
        Assert.Contains("Добавить поле", pages["ru"], StringComparison.Ordinal);
        Assert.Contains("Журнал аудита", pages["ru"], StringComparison.Ordinal);
    }
}
