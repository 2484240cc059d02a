using System.Net;
using System.Text.RegularExpressions;
using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Data;
using Mektep.Localization;
using Mektep.Media;
using Mektep.Settings;
using Mektep.Tests.Engine.Media;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Admin;

public sealed partial class ContentAdminTests
{
    private const string Article = "Article";

    [Theory, Providers]
    public async Task ContentList_Filters_ShowMatchingItemsWithPaging(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await CreateAsync(site, "Alpha one", SiteCultures.Russian, publish: true);
        await CreateAsync(site, "Alpha two", SiteCultures.Russian, publish: true);
        var beta = await CreateAsync(site, "Beta draft", SiteCultures.Russian, publish: false);
        var gamma = await CreateAsync(site, "Gamma kazakh", SiteCultures.Kazakh, publish: false);
        await WithScopeAsync(site, async sp =>
        {
            var store = sp.GetRequiredService<ISiteSettingsStore>();
            await store.SaveAsync(store.Current with { PageSize = 2 });
        });
        var admin = await site.AdminClientAsync();

        var all = await admin.GetStringAsync("/admin/content?type=Article");
        var secondPage = await admin.GetStringAsync("/admin/content?type=Article&page=2");
        var drafts = await admin.GetStringAsync("/admin/content?status=draft");
        var published = await admin.GetStringAsync("/admin/content?status=published");
        var kazakh = await admin.GetStringAsync("/admin/content?culture=kk");
        var search = await admin.GetStringAsync("/admin/content?q=alpha");
        var broken = await admin.GetAsync("/admin/content?page=-3&type=Nope&status=weird&culture=xx");

        Assert.Equal(4, Total(all));
        Assert.Equal(2, Rows(all));
        Assert.Contains("href=\"/admin/content?type=Article&amp;page=2\"", all);
        Assert.Equal(2, Rows(secondPage));
        Assert.Equal(2, Total(drafts));
        Assert.Contains($"data-content-item=\"{beta.ContentItemId}\"", drafts);
        Assert.Equal(2, Total(published));
        Assert.Equal(1, Total(kazakh));
        Assert.Contains($"data-content-item=\"{gamma.ContentItemId}\"", kazakh);
        Assert.Equal(2, Total(search));
        Assert.Contains("href=\"/admin/content/new/Article\"", all);
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Equal(4, Total(await broken.Content.ReadAsStringAsync()));
    }

    [Theory, Providers]
    public async Task Editor_CreateDraft_RedirectsAndStoresDraft(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var media = site.Services.GetRequiredService<IMediaStore>();
        await media.SaveAsync(await media.CreateFolderAsync("", "images"), "a.jpg", new MemoryStream(MediaSamples.Jpeg()));
        await media.SaveAsync("", "b.png", new MemoryStream(MediaSamples.Png()));
        var page = await admin.GetStringAsync("/admin/content/new/Article");

        var response = await admin.PostAsync("/admin/content/new/Article", ArticleForm(page, "A new article", "draft", new Dictionary<string, string>
        {
            ["Article.Images"] = "images/a.jpg | Ауыл мектебі\nb.png",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = EditLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var stored = await GetAsync(site, id, VersionOptions.Latest);
        Assert.NotNull(stored);
        Assert.False(stored.Published);
        Assert.Equal("A new article", stored.DisplayText);
        Assert.Equal(7.5m, stored.Field<NumberField>(Article, "Rating")!.Value);
        Assert.Equal(["images/a.jpg", "b.png"], stored.Field<MediaField>(Article, "Images")!.Paths);
        Assert.Equal(["Ауыл мектебі", ""], stored.Field<MediaField>(Article, "Images")!.AlternativeTexts);
        Assert.Equal(new DateTime(2026, 5, 1, 9, 30, 0, DateTimeKind.Utc), stored.Field<DateTimeField>(Article, "EventDate")!.Value);
        Assert.EndsWith("/edit?notice=saved", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task PublicPage_PublishedAndDraftItems_ShowsOnlyPublished(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var page = await admin.GetStringAsync("/admin/content/new/Article");
        var response = await admin.PostAsync("/admin/content/new/Article", ArticleForm(page, "Published article", "publish"));
        var id = EditLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var draft = await CreateAsync(site, "Secret draft", SiteCultures.Russian, publish: false);
        var visitor = site.NewClient();

        var published = await visitor.GetAsync($"/content/{id}");
        var hidden = await visitor.GetAsync($"/content/{draft.ContentItemId}");
        var unknown = await visitor.GetAsync("/content/nothing-here");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var html = await published.Content.ReadAsStringAsync();
        Assert.Contains("Published article", html);
        Assert.Contains("Long body text", html);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("Secret draft", await hidden.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, Providers]
    public async Task Editor_InvalidInput_Answers422WithMessagesAndSavesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await admin.GetStringAsync("/admin/content/new/Article");
        var form = ArticleForm(page, "", "publish", new Dictionary<string, string>
        {
            ["Article.Rating"] = "ten",
            ["Article.Source.Url"] = "javascript:alert(1)",
            ["Article.Images"] = "../secret.txt",
            ["Article.Related"] = "no-such-item",
        });

        var response = await admin.PostAsync("/admin/content/new/Article", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var input in new[] { "TitlePart_Title", "Article_Rating", "Article_Source", "Article_Images", "Article_Related" })
        {
            Assert.Contains($"id=\"{input}-error\"", html);
        }

        Assert.Contains("Enter a number.", html);
        Assert.Contains("Long body text", html);
        Assert.Equal(0, await CountAsync(site));
    }

    [Theory, Providers]
    public async Task Editor_TwoEditorsSaveSameRevision_SecondGets409AndFirstIsKept(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var item = await CreateAsync(site, "Shared article", SiteCultures.Russian, publish: false);
        var first = await site.AdminClientAsync();
        var second = await site.AdminClientAsync();
        var edit = $"/admin/content/{item.ContentItemId}/edit";
        var firstPage = await first.GetStringAsync(edit);
        var secondPage = await second.GetStringAsync(edit);

        var firstResponse = await first.PostAsync(edit, ArticleForm(firstPage, "First editor's title", "draft"));
        var secondResponse = await second.PostAsync(edit, ArticleForm(secondPage, "Second editor's title", "draft"));

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondResponse.StatusCode);
        var html = WebUtility.HtmlDecode(await secondResponse.Content.ReadAsStringAsync());
        Assert.Contains("Your changes were not saved", html);
        Assert.Contains("Second editor's title", html);
        Assert.Contains($"href=\"{edit}\"", html);
        Assert.Equal("First editor's title", (await GetAsync(site, item.ContentItemId, VersionOptions.Latest))!.DisplayText);
    }

    [Theory, Providers]
    public async Task History_RestoreOldVersion_CreatesNewLatestWithOldText(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var item = await CreateAsync(site, "Version one", SiteCultures.Russian, publish: true);
        await WithScopeAsync(site, sp => sp.GetRequiredService<IContentManager>().PublishAsync(item.Alter<TitlePart>(t => t.Title = "Version two")));
        var history = await WithScopeAsync(site, sp => sp.GetRequiredService<IContentManager>().GetHistoryAsync(item.ContentItemId));
        var admin = await site.AdminClientAsync();
        var edit = $"/admin/content/{item.ContentItemId}/edit";
        var page = await admin.GetStringAsync(edit);

        var response = await admin.PostAsync(edit, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "content-restore",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page),
            ["VersionId"] = history.Single(v => v.VersionNumber == 1).ContentItemVersionId,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = await GetAsync(site, item.ContentItemId, VersionOptions.Latest);
        Assert.Equal("Version one", latest!.DisplayText);
        Assert.Equal(3, latest.VersionNumber);
        Assert.False(latest.Published);
        Assert.Equal("Version two", (await GetAsync(site, item.ContentItemId, VersionOptions.Published))!.DisplayText);
    }

    [Theory, Providers]
    public async Task Translations_CreateKazakhFromRussian_SameSetListedOnBothEditors(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var russian = await CreateAsync(site, "Русская статья", SiteCultures.Russian, publish: true);
        var admin = await site.AdminClientAsync();
        var edit = $"/admin/content/{russian.ContentItemId}/edit";
        var page = await admin.GetStringAsync(edit);

        var response = await admin.PostAsync(edit, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "content-translate",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page),
            ["Culture"] = SiteCultures.Kazakh,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kazakhId = EditLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var kazakh = await GetAsync(site, kazakhId, VersionOptions.Latest);
        Assert.Equal(SiteCultures.Kazakh, kazakh!.Culture);
        Assert.Equal(russian.LocalizationSet, kazakh.LocalizationSet);
        Assert.False(kazakh.Published);
        Assert.Contains($"href=\"/admin/content/{kazakhId}/edit\"", await admin.GetStringAsync(edit));
        Assert.Contains($"href=\"{edit}\"", await admin.GetStringAsync($"/admin/content/{kazakhId}/edit"));
    }

    [Theory, Providers]
    public async Task Editor_PostWithoutAntiforgeryToken_Answers400(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "content-editor",
            ["Action"] = "publish",
            ["TitlePart.Title"] = "Forged",
        });

        var response = await admin.PostAsync("/admin/content/new/Article", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(site));
    }

    private static FormUrlEncodedContent ArticleForm(string page, string title, string action, IDictionary<string, string>? overrides = null)
    {
        var values = new Dictionary<string, string>
        {
            ["_handler"] = "content-editor",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page),
            ["Revision"] = RevisionInput().Match(page).Groups[1].Value,
            ["Action"] = action,
            ["TitlePart.Title"] = title,
            ["Article.Body"] = "Long body text\n\nSecond paragraph",
            ["Article.Rating"] = "7.5",
            ["Article.Featured"] = "true",
            ["Article.EventDate"] = "2026-05-01T09:30",
            ["Article.Source.Url"] = "https://example.org/source",
            ["Article.Source.Text"] = "Source",
            ["Article.Images"] = "",
            ["Article.Related"] = "",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return new FormUrlEncodedContent(values);
    }

    private static Task<ContentItem> CreateAsync(SiteFactory site, string title, string culture, bool publish)
        => WithScopeAsync(site, async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = await manager.NewAsync(Article);
            item.Culture = culture;
            item.Apply(new TitlePart { Title = title });
            item.ApplyField(Article, "Body", new TextField { Text = title + " body" });
            return await manager.CreateAsync(item, publish);
        });

    private static Task<ContentItem?> GetAsync(SiteFactory site, string id, VersionOptions version)
        => WithScopeAsync(site, sp => sp.GetRequiredService<IContentManager>().GetAsync(id, version));

    private static Task<int> CountAsync(SiteFactory site)
        => WithScopeAsync(site, async sp => (await sp.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { Version = VersionOptions.Latest })).TotalCount);

    private static async Task<T> WithScopeAsync<T>(SiteFactory site, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static async Task WithScopeAsync(SiteFactory site, Func<IServiceProvider, Task> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    private static int Total(string html) => int.Parse(TotalAttribute().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Rows(string html) => RowAttribute().Count(html);

    [GeneratedRegex("data-total=\"(\\d+)\"")]
    private static partial Regex TotalAttribute();

    [GeneratedRegex("data-content-item=\"")]
    private static partial Regex RowAttribute();

    [GeneratedRegex("name=\"Revision\" value=\"(-?\\d+)\"")]
    private static partial Regex RevisionInput();

    [GeneratedRegex("/admin/content/([^/?]+)/edit")]
    private static partial Regex EditLocation();
}
