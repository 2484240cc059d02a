using Mektep.Content;
using Mektep.Data;
using Mektep.Engine.Content;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Content;

public sealed class ContentTextIndexTests
{
    private static readonly string[] Metacharacters =
    [
        "\"", "\"ауыл", "*", "ауыл*", "'", "O'Brien", "OR", "ауыл OR бюджет", "NOT", ":", "Title:ауыл", "&", "ауыл & бюджет", "!", "!ауыл",
        "(", "(ауыл", ")", "|", "-", "^", "NEAR(ауыл)", "\\", "%", "_", "'; DROP TABLE \"ContentItems\"; --", "   ",
    ];

    [Fact]
    public void Words_Punctuation_KeepsOnlyLowerCasedWords()
    {
        var words = ContentTextIndex.Words("  \"Ауыл\" OR (Бюджет*) & mektep:!  ");

        Assert.Equal(["ауыл", "or", "бюджет", "mektep"], words);
    }

    [Theory, Providers]
    public async Task Query_KazakhAndRussianPrefixes_FindCaseInsensitively(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await content.CreateAsync(await content.NewNoteAsync("Ауыл мектебі", "Оқушыларға арналған сабақтар"), publish: true);
        await content.CreateAsync(await content.NewNoteAsync("Отчёт", "Бюджетный план школы"), publish: true);

        Assert.Equal(["Ауыл мектебі"], await SearchAsync(content, "ауыл"));
        Assert.Equal(["Ауыл мектебі"], await SearchAsync(content, "АУЫЛ МЕКТЕБ"));
        Assert.Equal(["Ауыл мектебі"], await SearchAsync(content, "оқушы"));
        Assert.Equal(["Отчёт"], await SearchAsync(content, "бюджет"));
        Assert.Equal(["Отчёт"], await SearchAsync(content, "ПЛАН школ"));
        Assert.Empty(await SearchAsync(content, "ауыл бюджет"));
        Assert.Empty(await SearchAsync(content, "университет"));
    }

    [Theory, Providers]
    public async Task Query_DeletedItem_IsNotFound(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Бюджетный отчёт"), publish: true);

        await content.DeleteAsync(item.ContentItemId);

        Assert.Empty(await SearchAsync(content, "бюджет"));
        Assert.Empty(await SearchAsync(content, "бюджет", VersionOptions.Latest));
    }

    [Theory, Providers]
    public async Task Query_SupersededDraftText_IsNotFound(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Жоспар", "алғашқы нұсқа"));
        item.ApplyField(TestContent.Note, TestContent.Body, new Mektep.Content.Fields.TextField { Text = "екінші нұсқа" });

        await content.SaveDraftAsync(item);

        Assert.Empty(await SearchAsync(content, "алғашқы", VersionOptions.Latest));
        Assert.Equal(["Жоспар"], await SearchAsync(content, "екінші", VersionOptions.Latest));
    }

    [Theory, Providers]
    public async Task Query_PublishedAndNewerDraft_EachVersionFindsItsOwnText(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Жоспар", "жарияланған"), publish: true);
        item.ApplyField(TestContent.Note, TestContent.Body, new Mektep.Content.Fields.TextField { Text = "жоба" });

        await content.SaveDraftAsync(item);

        Assert.Equal(["Жоспар"], await SearchAsync(content, "жарияланған"));
        Assert.Empty(await SearchAsync(content, "жоба"));
        Assert.Equal(["Жоспар"], await SearchAsync(content, "жоба", VersionOptions.Latest));
        Assert.Empty(await SearchAsync(content, "жарияланған", VersionOptions.Latest));
    }

    [Theory, Providers]
    public async Task Query_SearchSyntaxCharacters_NeverThrow(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await content.CreateAsync(await content.NewNoteAsync("Ауыл бюджеті", "O'Brien: \"quoted\" (text) & more!"), publish: true);
        var failures = new List<string>();

        foreach (var text in Metacharacters)
        {
            try
            {
                await content.QueryAsync(new ContentQuery { Text = text });
            }
            catch (Exception ex)
            {
                failures.Add($"{text} -> {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(["Ауыл бюджеті"], await SearchAsync(content, "\"ауыл*"));
        Assert.Equal(["Ауыл бюджеті"], await SearchAsync(content, "o'brien"));
    }

    private static async Task<List<string>> SearchAsync(IContentManager content, string text, VersionOptions version = VersionOptions.Published)
        => [.. (await content.QueryAsync(new ContentQuery { Text = text, Version = version })).Items.Select(i => i.DisplayText)];
}
