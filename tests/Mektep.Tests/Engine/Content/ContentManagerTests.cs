using Mektep.Content;
using Mektep.Data;
using Mektep.Localization;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Content;

public sealed class ContentManagerTests
{
    [Theory, Providers]
    public async Task Create_Draft_IsLatestButNotPublished(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var item = await content.CreateAsync(await content.NewNoteAsync("  Ауыл мектебі  ", "Алғашқы мәтін"));

        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published));
        var latest = await content.GetAsync(item.ContentItemId, VersionOptions.Latest);
        Assert.NotNull(latest);
        Assert.Equal("Ауыл мектебі", latest.DisplayText);
        Assert.Equal("Алғашқы мәтін", latest.BodyOf());
        Assert.Equal(1, latest.VersionNumber);
        Assert.Equal(1, latest.Revision);
        Assert.True(latest.Latest);
        Assert.False(latest.Published);
        Assert.NotNull(await content.GetAsync(item.ContentItemId, VersionOptions.Draft));
    }

    [Theory, Providers]
    public async Task Publish_Draft_IsPublishedInTheSameVersion(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Draft"));

        await content.PublishAsync(item);

        var published = await content.GetAsync(item.ContentItemId, VersionOptions.Published);
        Assert.NotNull(published);
        Assert.Equal(1, published.VersionNumber);
        Assert.True(published.Latest);
        Assert.NotNull(published.PublishedUtc);
        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Draft));
    }

    [Theory, Providers]
    public async Task SaveDraft_AfterPublish_StartsVersion2WhileVersion1StaysPublished(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("First"), publish: true);

        var edited = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        edited.Alter<TitlePart>(t => t.Title = "Second");
        await content.SaveDraftAsync(edited);

        var published = await content.GetAsync(item.ContentItemId, VersionOptions.Published);
        var latest = await content.GetAsync(item.ContentItemId, VersionOptions.Latest);
        Assert.Equal(("First", 1, false), (published!.DisplayText, published.VersionNumber, published.Latest));
        Assert.Equal(("Second", 2, false), (latest!.DisplayText, latest.VersionNumber, latest.Published));
        Assert.NotEqual(published.ContentItemVersionId, latest.ContentItemVersionId);
    }

    [Theory, Providers]
    public async Task Publish_Version2_UnpublishesVersion1AndHistoryIsNewestFirst(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("First"), publish: true);
        var draft = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        draft.Alter<TitlePart>(t => t.Title = "Second");
        draft = await content.SaveDraftAsync(draft);

        await content.PublishAsync(draft);

        var history = await content.GetHistoryAsync(item.ContentItemId);
        Assert.Equal([2, 1], history.Select(v => v.VersionNumber));
        Assert.True(history[0].Published && history[0].Latest);
        Assert.False(history[1].Published || history[1].Latest);
        Assert.Equal("Second", (await content.GetAsync(item.ContentItemId, VersionOptions.Published))!.DisplayText);
    }

    [Theory, Providers]
    public async Task Restore_Version1_BecomesLatestVersion3(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("First", "first body"), publish: true);
        var v1 = item.ContentItemVersionId;
        var draft = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        draft.Alter<TitlePart>(t => t.Title = "Second");
        await content.PublishAsync(draft);

        var restored = await content.RestoreAsync(v1);

        var latest = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        Assert.Equal(3, restored.VersionNumber);
        Assert.Equal((3, "First", "first body", false), (latest.VersionNumber, latest.DisplayText, latest.BodyOf(), latest.Published));
        Assert.Equal("Second", (await content.GetAsync(item.ContentItemId, VersionOptions.Published))!.DisplayText);
        Assert.Equal(3, (await content.GetHistoryAsync(item.ContentItemId)).Count);
    }

    [Theory, Providers]
    public async Task Unpublish_PublishedItem_KeepsItAsLatestDraft(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Live"), publish: true);

        await content.UnpublishAsync(item.ContentItemId);

        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published));
        Assert.Equal("Live", (await content.GetAsync(item.ContentItemId, VersionOptions.Draft))!.DisplayText);
    }

    [Theory, Providers]
    public async Task Delete_PublishedItemWithDraft_IsGoneFromEveryVersionAndQuery(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Doomed"), publish: true);
        var draft = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        draft.Alter<TitlePart>(t => t.Title = "Doomed draft");
        await content.SaveDraftAsync(draft);

        await content.DeleteAsync(item.ContentItemId);

        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published));
        Assert.Empty(await content.GetManyAsync([item.ContentItemId], VersionOptions.Latest));
        Assert.Equal(0, (await content.QueryAsync(new ContentQuery { Version = VersionOptions.Latest })).TotalCount);
        Assert.Equal(0, (await content.QueryAsync(new ContentQuery { Version = VersionOptions.Published })).TotalCount);
        Assert.Equal(2, (await content.GetHistoryAsync(item.ContentItemId)).Count);
    }

    [Theory, Providers]
    public async Task Query_Criteria_FilterByTypeStatusCultureAndOwner(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await site.Services.DefineNoteAsync("Memo");
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await CreateAsync(content, "kk published", SiteCultures.Kazakh, "owner-a", publish: true);
        await CreateAsync(content, "ru draft", SiteCultures.Russian, "owner-a", publish: false);
        await CreateAsync(content, "ru published", SiteCultures.Russian, "owner-b", publish: true);
        await CreateAsync(content, "memo", SiteCultures.Russian, "owner-b", publish: true, type: "Memo");

        var published = await content.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Note] });
        var latest = await content.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Note], Version = VersionOptions.Latest });
        var drafts = await content.QueryAsync(new ContentQuery { Version = VersionOptions.Draft });
        var russian = await content.QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Culture = SiteCultures.Russian, ContentTypes = [TestContent.Note] });
        var ownerB = await content.QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Owner = "owner-b" });
        var bothTypes = await content.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Note, "Memo"] });

        Assert.Equal(["kk published", "ru published"], Titles(published));
        Assert.Equal(["kk published", "ru draft", "ru published"], Titles(latest));
        Assert.Equal(["ru draft"], Titles(drafts));
        Assert.Equal(["ru draft", "ru published"], Titles(russian));
        Assert.Equal(["memo", "ru published"], Titles(ownerB));
        Assert.Equal(3, bothTypes.TotalCount);
    }

    [Theory, Providers]
    public async Task Query_OrderAndPaging_ReturnsThePageAndTheTotal(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        foreach (var title in new[] { "Delta", "Alpha", "Echo", "Charlie", "Bravo" })
        {
            await CreateAsync(content, title, SiteCultures.Russian, "owner", publish: true);
        }

        var byName = await content.QueryAsync(new ContentQuery { Order = ContentOrder.DisplayText, Skip = 1, Take = 2 });
        var newest = await content.QueryAsync(new ContentQuery { Order = ContentOrder.CreatedDescending, Take = 2 });
        var beyond = await content.QueryAsync(new ContentQuery { Order = ContentOrder.DisplayText, Skip = 10 });

        Assert.Equal(["Bravo", "Charlie"], byName.Items.Select(i => i.DisplayText));
        Assert.Equal(5, byName.TotalCount);
        Assert.Equal(["Bravo", "Charlie"], newest.Items.Select(i => i.DisplayText));
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.TotalCount);
    }

    [Theory, Providers]
    public async Task Create_UnsupportedCulture_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewNoteAsync("Deutsch");
        item.Culture = "de";

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(item));

        Assert.Contains("Culture", error.Errors.Keys);
        Assert.Equal(0, (await content.QueryAsync(new ContentQuery { Version = VersionOptions.Latest })).TotalCount);
    }

    [Theory, Providers]
    public async Task Create_EmptyTitle_IsRefusedWithTheTitleError(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var error = await Assert.ThrowsAsync<ContentValidationException>(async () => await content.CreateAsync(await content.NewNoteAsync("   ")));

        Assert.Contains("TitlePart.Title", error.Errors.Keys);
    }

    [Theory, Providers]
    public async Task NewTranslation_OtherCulture_SharesTheLocalizationSet(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var russian = await CreateAsync(content, "Школа", SiteCultures.Russian, "owner", publish: true);

        var kazakh = await content.NewTranslationAsync(russian.ContentItemId, SiteCultures.Kazakh);
        kazakh.Alter<TitlePart>(t => t.Title = "Мектеп");
        await content.CreateAsync(kazakh, publish: true);

        Assert.Equal(russian.LocalizationSet, kazakh.LocalizationSet);
        Assert.NotEqual(russian.ContentItemId, kazakh.ContentItemId);
        var translations = await content.GetTranslationsAsync(russian.LocalizationSet, VersionOptions.Published);
        Assert.Equal([(SiteCultures.Kazakh, "Мектеп"), (SiteCultures.Russian, "Школа")], translations.Select(t => (t.Culture, t.DisplayText)));
    }

    [Theory, Providers]
    public async Task NewTranslation_CultureAlreadyInTheSet_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var russian = await CreateAsync(content, "Школа", SiteCultures.Russian, "owner", publish: false);
        var kazakh = await content.NewTranslationAsync(russian.ContentItemId, SiteCultures.Kazakh);
        var secondKazakh = await content.NewTranslationAsync(russian.ContentItemId, SiteCultures.Kazakh);
        await content.CreateAsync(kazakh);

        await Assert.ThrowsAsync<InvalidOperationException>(() => content.NewTranslationAsync(russian.ContentItemId, SiteCultures.Kazakh));
        await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(secondKazakh));
        await Assert.ThrowsAsync<InvalidOperationException>(() => content.NewTranslationAsync(russian.ContentItemId, SiteCultures.Russian));
        await Assert.ThrowsAsync<ArgumentException>(() => content.NewTranslationAsync(russian.ContentItemId, "de"));
        Assert.Equal(2, (await content.GetTranslationsAsync(russian.LocalizationSet, VersionOptions.Latest)).Count);
    }

    private static async Task<ContentItem> CreateAsync(IContentManager content, string title, string culture, string owner, bool publish, string type = TestContent.Note)
    {
        var item = await content.NewNoteAsync(title, type: type);
        item.Culture = culture;
        item.Owner = owner;
        return await content.CreateAsync(item, publish);
    }

    private static List<string> Titles(ContentPage page) => [.. page.Items.Select(i => i.DisplayText).Order(StringComparer.Ordinal)];
}
