using System.Net.Http.Headers;
using Mektep.Content;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Pages.ContentPages;

public sealed class ContentItemPageTests
{
    [Theory, Providers]
    public async Task ContentPage_ReaderWithTranslationInTheirLanguage_SeesThatTranslation(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        string kazakhId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var kazakh = await content.NewNoteAsync("Бағдарлама туралы");
            kazakh.Culture = "kk";
            kazakh = await content.CreateAsync(kazakh, publish: true);
            kazakhId = kazakh.ContentItemId;
            var russian = await content.NewTranslationAsync(kazakhId, "ru");
            russian.Alter<TitlePart>(t => t.Title = "О программе");
            await content.CreateAsync(russian, publish: true);
            var english = await content.NewTranslationAsync(kazakhId, "en");
            english.Alter<TitlePart>(t => t.Title = "About the programme");
            await content.CreateAsync(english, publish: false);
        }

        var russianReader = await PageAsync(site, kazakhId, "ru");
        var kazakhReader = await PageAsync(site, kazakhId, "kk");
        var englishReader = await PageAsync(site, kazakhId, "en");

        Assert.Contains("О программе", russianReader);
        Assert.DoesNotContain("Бағдарлама туралы", russianReader);
        Assert.Contains("Бағдарлама туралы", kazakhReader);
        Assert.Contains("lang=\"kk\"", kazakhReader);

        // The English translation is a draft: an English reader sees the original, never the draft.
        Assert.Contains("Бағдарлама туралы", englishReader);
        Assert.DoesNotContain("About the programme", englishReader);
    }

    private static async Task<string> PageAsync(SiteFactory site, string id, string culture)
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        return await client.GetStringAsync($"/content/{id}");
    }
}
