using System.Net;
using System.Text;
using System.Text.Json;
using Mektep.Content;
using Mektep.Data;
using Mektep.Engine.Recipes;
using Mektep.Pages.Models;
using Mektep.Pages.Recipes;
using Mektep.Pages.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Pages;

/// <summary>News, the editable menus and footer, the home page's blocks and their recipe step, through the site's pages.</summary>
public sealed class SiteCmsTests
{
    [Theory, Providers]
    public async Task News_ListAndArticle_InKazakhAndRussian_NewestFirstWithFallback(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var launch = await NewsAsync(site, new DateTime(2025, 9, 15), ("kk", "Мектеп ашылды"), ("ru", "Школа открылась"));
        await NewsAsync(site, new DateTime(2026, 3, 12), ("ru", "Семинар по кооперативам"));
        await NewsAsync(site, new DateTime(2026, 6, 30), ("kk", "Бірінші ағынның қорытындысы"), ("ru", "Итоги первого потока"));

        var kk = await InCulture(site.NewClient(), "kk").GetStringAsync("/news");
        var ru = await InCulture(site.NewClient(), "ru").GetStringAsync("/news");

        // Newest first; an article without a Kazakh translation shows in Russian rather than not at all.
        AssertInOrder(kk, "Бірінші ағынның қорытындысы", "Семинар по кооперативам", "Мектеп ашылды");
        Assert.DoesNotContain("Школа открылась", kk);
        AssertInOrder(ru, "Итоги первого потока", "Семинар по кооперативам", "Школа открылась");
        Assert.Contains("datetime=\"2026-06-30\"", ru);

        // The article's address names it; the reader's language picks the translation.
        var article = await InCulture(site.NewClient(), "ru").GetStringAsync($"/news/{launch["kk"]}");
        Assert.Contains("<h1 class=\"title\">Школа открылась</h1>", article);
        Assert.Contains("Тело статьи на ru", article);
        var kkArticle = await InCulture(site.NewClient(), "kk").GetStringAsync($"/news/{launch["kk"]}");
        Assert.Contains("Мектеп ашылды", kkArticle);
        Assert.Equal(HttpStatusCode.NotFound, (await site.NewClient().GetAsync("/news/nosuchitem")).StatusCode);
    }

    [Theory, Providers]
    public async Task News_MoreThanAPage_IsPaged(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        for (var i = 1; i <= NewsService.PageSize + 2; i++)
        {
            await NewsAsync(site, new DateTime(2026, 1, i), ("ru", $"Новость номер {i:00}"));
        }

        var first = await InCulture(site.NewClient(), "ru").GetStringAsync("/news");
        var second = await InCulture(site.NewClient(), "ru").GetStringAsync("/news?page=2");

        Assert.Contains("Новость номер 12", first);
        Assert.DoesNotContain("Новость номер 02", first);
        Assert.Contains("Страница 1 из 2", first);
        Assert.Contains("Новость номер 01", second);
        Assert.Contains("Новость номер 02", second);
    }

    [Theory, Providers]
    public async Task MenuItem_JavascriptUrl_RefusedWithClearMessageAndNothingLost(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync("/admin/menus/item?menu=main", "menu-item", new Dictionary<string, string>
        {
            ["Input.Revision"] = "0",
            ["Input.Kk"] = "Сілтеме",
            ["Input.Ru"] = "Ссылка",
            ["Input.Kind"] = "Url",
            ["Input.Url"] = "javascript:alert(1)",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter an address starting with http://, https:// or / (a page of this site). Other kinds of address, such as javascript:, are not allowed.", html);
        Assert.Contains("value=\"Сілтеме\"", html);
        Assert.Contains("value=\"Ссылка\"", html);
        Assert.Contains("value=\"javascript:alert(1)\"", html);
        Assert.Empty((await EditorAsync(site)).Main);

        foreach (var bad in new[] { "//evil.example/x", "data:text/html,x", "ftp://files.example/a", "/ok path" })
        {
            Assert.False(MenuLinks.IsSafeUrl(bad), bad);
        }

        Assert.True(MenuLinks.IsSafeUrl("https://gov.kz/akims"));
        Assert.True(MenuLinks.IsSafeUrl("/courses?level=Beginner"));
    }

    [Theory, Providers]
    public async Task Menus_AddedNestedAndReordered_LayoutShowsThemInOrderInEachLanguage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var pageSet = await PageAsync(site, ("kk", "Біз туралы"), ("ru", "О нас"));

        await AddItemAsync(admin, "/admin/menus/item?menu=main", 0, "Курстар", "Курсы", "Route", route: "catalogue");
        await AddItemAsync(admin, "/admin/menus/item?menu=main", 1, "Біз туралы", "О нас", "Content", content: pageSet);
        await AddItemAsync(admin, "/admin/menus/item?menu=main&parent=1", 2, "Мемлекеттік портал", "Госпортал", "Url", url: "https://egov.kz/");

        // Move "About" above "Courses" with the keyboard-accessible button.
        var moved = await admin.PostFormAsync("/admin/menus", "menu-actions", new Dictionary<string, string> { ["Action.Revision"] = "3", ["Action.Action"] = "up|main|1" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var kk = await InCulture(site.NewClient(), "kk").GetStringAsync("/");
        var ru = await InCulture(site.NewClient(), "ru").GetStringAsync("/");
        var menuKk = Between(kk, "<nav class=\"main-menu\"", "</nav>");
        var menuRu = Between(ru, "<nav class=\"main-menu\"", "</nav>");
        AssertInOrder(menuKk, "Біз туралы", "Мемлекеттік портал", "Курстар");
        AssertInOrder(menuRu, "О нас", "Госпортал", "Курсы");
        Assert.Contains("<ul><li><a href=\"https://egov.kz/\">Госпортал</a></li></ul>", menuRu);
        Assert.Contains("href=\"/courses\"", menuRu);
        Assert.Matches("href=\"/content/[a-z0-9]+\">О нас", menuRu);
        Assert.Contains("aria-label=\"Главное меню\"", menuRu);

        // A stale form (revision 3, now 4) changes nothing and says so.
        var stale = await admin.PostFormAsync("/admin/menus", "menu-actions", new Dictionary<string, string> { ["Action.Revision"] = "3", ["Action.Action"] = "remove|main|0" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await EditorAsync(site)).Main.Count);
    }

    [Theory, Providers]
    public async Task Footer_ColumnsAndText_RenderedInTheLayout(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var column = await admin.PostFormAsync("/admin/menus/item?menu=footer", "menu-item", new Dictionary<string, string> { ["Input.Revision"] = "0", ["Input.Kk"] = "Мектеп", ["Input.Ru"] = "Школа" });
        Assert.Equal(HttpStatusCode.Redirect, column.StatusCode);
        await AddItemAsync(admin, "/admin/menus/item?menu=footer&parent=0", 1, "Жаңалықтар", "Новости", "Route", route: "news");
        var text = await admin.PostFormAsync("/admin/menus", "footer-text", new Dictionary<string, string> { ["Footer.Revision"] = "2", ["Footer.Ru"] = "Учебные материалы подготовлены командой проекта." });
        Assert.Equal(HttpStatusCode.Redirect, text.StatusCode);

        var ru = await InCulture(site.NewClient(), "ru").GetStringAsync("/news");
        var footer = Between(ru, "<footer class=\"site-footer\">", "</footer>");

        Assert.Contains("<h2 id=\"footer-column-0\">Школа</h2>", footer);
        Assert.Contains("<a href=\"/news\">Новости</a>", footer);
        Assert.Contains("Учебные материалы подготовлены командой проекта.", footer);
    }

    [Theory, Providers]
    public async Task MenuEdit_PageServedFromCache_ShowsTheNewMenuAtOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        await AddItemAsync(admin, "/admin/menus/item?menu=main", 0, "Бірінші", "Первый", "Route", route: "news");
        var visitor = InCulture(site.NewClient(), "ru");
        Assert.Contains(">Первый</a>", await visitor.GetStringAsync("/"));

        // Written behind the site's back: the cached page (and menu) are still served...
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var row = await db.Set<SiteDocument>().SingleAsync(d => d.Name == SiteDocument.Menus);
            row.Data = row.Data.Replace("Первый", "Тайком", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }

        Assert.Contains(">Первый</a>", await visitor.GetStringAsync("/"));

        // ...until an editor saves through the admin, which empties the cache on every node.
        var edited = await admin.PostFormAsync("/admin/menus/item?menu=main&path=0", "menu-item", new Dictionary<string, string>
        {
            ["Input.Revision"] = "1",
            ["Input.Ru"] = "Изменённый",
            ["Input.Kind"] = "Route",
            ["Input.Route"] = "news",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var html = await visitor.GetStringAsync("/");
        Assert.Contains(">Изменённый</a>", html);
        Assert.DoesNotContain(">Первый</a>", html);
    }

    [Theory, Providers]
    public async Task HomePage_Unconfigured_ShowsWelcomeCoursesAndNews(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await NewsAsync(site, new DateTime(2026, 6, 30), ("ru", "Итоги первого потока"));

        var html = await InCulture(site.NewClient(), "ru").GetStringAsync("/");

        AssertInOrder(html, "data-block=\"hero\"", "data-block=\"courses\"", "data-block=\"news\"", "Итоги первого потока");
        Assert.Contains("Смотреть курсы", html);
    }

    [Theory, Providers]
    public async Task HomeBlocks_AddedEditedAndReordered_RenderedInOrderAndLanguage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        await NewsAsync(site, new DateTime(2026, 6, 30), ("kk", "Бірінші ағын"), ("ru", "Первый поток"));

        Assert.EndsWith("/admin/home/0", (await AddBlockAsync(admin, "LatestNews", 0)).Headers.Location?.OriginalString);
        var news = await admin.PostFormAsync("/admin/home/0", "home-block", new Dictionary<string, string> { ["Input.Revision"] = "1", ["Input.Title.Ru"] = "Новости школы", ["Input.Count"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, news.StatusCode);
        Assert.EndsWith("/admin/home/1", (await AddBlockAsync(admin, "Figures", 2)).Headers.Location?.OriginalString);

        // A figure without a number is refused; what was typed stays on the form.
        var bad = await admin.PostFormAsync("/admin/home/1", "home-block", new Dictionary<string, string>
        {
            ["Input.Revision"] = "3",
            ["Input.Figures[0].Ru"] = "акима прошли обучение",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("value=\"акима прошли обучение\"", await bad.Content.ReadAsStringAsync());

        var figures = await admin.PostFormAsync("/admin/home/1", "home-block", new Dictionary<string, string>
        {
            ["Input.Revision"] = "3",
            ["Input.Figures[0].Number"] = "1 783",
            ["Input.Figures[0].Kk"] = "әкім оқудан өтті",
            ["Input.Figures[0].Ru"] = "акима прошли обучение",
            ["Input.Figures[1].Number"] = "12 000+",
            ["Input.Figures[1].Ru"] = "инвестиционных инициатив",
        });
        Assert.Equal(HttpStatusCode.Redirect, figures.StatusCode);
        var moved = await admin.PostFormAsync("/admin/home", "home-actions", new Dictionary<string, string> { ["Action.Revision"] = "4", ["Action.Action"] = "up|1" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var ru = await InCulture(site.NewClient(), "ru").GetStringAsync("/");
        var kk = await InCulture(site.NewClient(), "kk").GetStringAsync("/");

        AssertInOrder(ru, "data-block=\"figures\"", "<dt>акима прошли обучение</dt>", "<dd>1 783</dd>", "инвестиционных инициатив", "data-block=\"news\"", "Новости школы", "Первый поток");
        Assert.DoesNotContain("data-block=\"hero\"", ru);
        Assert.Contains("<dt>әкім оқудан өтті</dt>", kk);
        Assert.Contains("<dt>инвестиционных инициатив</dt>", kk);
        Assert.Contains("Бірінші ағын", kk);
        Assert.Contains("Новости школы", kk);

        var removed = await admin.PostFormAsync("/admin/home", "home-actions", new Dictionary<string, string> { ["Action.Revision"] = "5", ["Action.Action"] = "remove|0" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("data-block=\"figures\"", await InCulture(site.NewClient(), "ru").GetStringAsync("/"));
    }

    [Theory, Providers]
    public async Task SiteRecipe_ExportedFromOneSite_ImportsTheSameMenusAndHomeIntoAnother(DatabaseProvider provider)
    {
        byte[] recipe;
        await using (var source = await SiteFactory.StartAsync(provider))
        {
            var admin = await source.AdminClientAsync();
            await AddItemAsync(admin, "/admin/menus/item?menu=main", 0, "Курстар", "Курсы", "Route", route: "catalogue");
            await AddItemAsync(admin, "/admin/menus/item?menu=main&parent=0", 1, "Портал", "Портал", "Url", url: "https://egov.kz/");
            await AddBlockAsync(admin, "Markdown", 0);
            var text = await admin.PostFormAsync("/admin/home/0", "home-block", new Dictionary<string, string> { ["Input.Revision"] = "1", ["Input.Text.Ru"] = "**Добро пожаловать**" });
            Assert.Equal(HttpStatusCode.Redirect, text.StatusCode);
            var response = await admin.GetAsync(SiteRecipeEndpoints.ExportPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            recipe = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await source.NewClient().GetAsync(SiteRecipeEndpoints.ExportPath)).StatusCode);
        }

        await using var target = await SiteFactory.StartAsync(provider);
        await using (var scope = target.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(recipe);
            Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        }

        var menus = await EditorAsync(target);
        var item = Assert.Single(menus.Main);
        Assert.Equal("Курсы", item.Labels.Ru);
        Assert.Equal("https://egov.kz/", Assert.Single(item.Children).Link.Value);
        var html = await InCulture(target.NewClient(), "ru").GetStringAsync("/");
        Assert.Contains("<strong>Добро пожаловать</strong>", html);
        Assert.Contains(">Портал</a>", html);
        await using (var scope = target.Services.CreateAsyncScope())
        {
            var again = await SiteRecipeEndpoints.RecipeAsync(scope.ServiceProvider.GetRequiredService<SiteDocumentStore>());
            Assert.Equal(JsonDocument.Parse(recipe).RootElement.GetProperty("Steps").GetRawText(), JsonDocument.Parse(again.ToJsonString(Mektep.Recipes.RecipeJson.Options)).RootElement.GetProperty("Steps").GetRawText());
        }
    }

    [Theory, Providers]
    public async Task SiteRecipe_UnsafeLinkAndUnknownContent_ReportedAndNothingWritten(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        const string Recipe = """
            {"Name": "bad-site", "Steps": [{"Step": "site", "Menus": {"Main": [
              {"Labels": {"Ru": "Скрипт"}, "Link": {"Kind": "Url", "Value": "javascript:alert(1)"}},
              {"Labels": {"Ru": "Страница"}, "Link": {"Kind": "Content", "Value": "no-such-page"}},
              {"Labels": {}, "Link": {"Kind": "Route", "Value": "news"}}]}}]}
            """;

        await using var scope = site.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(Encoding.UTF8.GetBytes(Recipe));

        Assert.Equal(["Menus.Main[0].Link.Value", "Menus.Main[1].Link.Value", "Menus.Main[2].Labels"], run.Problems.Select(p => p.Path));
        Assert.Contains("javascript:alert(1)", run.Problems[0].Message);
        Assert.Empty((await EditorAsync(site)).Main);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "kk")]
    [InlineData(DatabaseProvider.Sqlite, "ru")]
    [InlineData(DatabaseProvider.PostgreSql, "kk")]
    [InlineData(DatabaseProvider.PostgreSql, "ru")]
    public async Task HomeBlockEditors_EveryKind_UseNoUntranslatedString(DatabaseProvider provider, string culture)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var kinds = Enum.GetValues<HomeBlockKind>();
        for (var i = 0; i < kinds.Length; i++)
        {
            await AddBlockAsync(admin, kinds[i].ToString(), i);
        }

        await AddItemAsync(admin, "/admin/menus/item?menu=main", 0, "Курстар", "Курсы", "Route", route: "catalogue");
        var misses = site.Services.GetRequiredService<Mektep.Engine.Localization.JsonStringLocalizerFactory>().Misses;
        InCulture(admin, culture);
        misses.Clear();

        var pages = new List<string> { "/admin/home", "/admin/menus", "/admin/menus/item?menu=main&path=0", "/admin/menus/item?menu=main&parent=0", "/", "/news" };
        pages.AddRange(Enumerable.Range(0, kinds.Length).Select(i => $"/admin/home/{i}"));
        foreach (var page in pages)
        {
            var response = await admin.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
        }

        Assert.Empty(misses.Keys.Where(m => m.Culture == culture).Select(m => m.Key).Order());
    }

    private static async Task<HttpResponseMessage> AddBlockAsync(HttpClient admin, string kind, int revision)
    {
        var response = await admin.PostFormAsync("/admin/home", "home-actions", new Dictionary<string, string>
        {
            ["Action.Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Action.Action"] = "add|0",
            ["Action.Kind"] = kind,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static async Task AddItemAsync(HttpClient admin, string page, int revision, string kk, string ru, string kind, string? route = null, string? content = null, string? url = null)
    {
        var response = await admin.PostFormAsync(page, "menu-item", new Dictionary<string, string>
        {
            ["Input.Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Kk"] = kk,
            ["Input.Ru"] = ru,
            ["Input.Kind"] = kind,
            ["Input.Route"] = route ?? "",
            ["Input.Content"] = content ?? "",
            ["Input.Url"] = url ?? "",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<SiteMenus> EditorAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MenuEditor>().LoadAsync();
    }

    /// <summary>A published news article in each culture given; returns the item ids by culture.</summary>
    private static async Task<Dictionary<string, string>> NewsAsync(SiteFactory site, DateTime date, params (string Culture, string Title)[] translations)
        => await ItemAsync(site, PageTypes.NewsArticle, translations, item => item.Apply(new NewsArticlePart { Summary = "Кратко", PublicationDate = DateTime.SpecifyKind(date, DateTimeKind.Utc) }));

    private static async Task<string> PageAsync(SiteFactory site, params (string Culture, string Title)[] translations)
    {
        var ids = await ItemAsync(site, PageTypes.Page, translations, _ => { });
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(ids.Values.First(), VersionOptions.Latest))!.LocalizationSet;
    }

    private static async Task<Dictionary<string, string>> ItemAsync(SiteFactory site, string type, (string Culture, string Title)[] translations, Action<ContentItem> fill)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var ids = new Dictionary<string, string>();
        ContentItem? first = null;
        foreach (var (culture, title) in translations)
        {
            var item = first is null ? await content.NewAsync(type) : await content.NewTranslationAsync(first.ContentItemId, culture);
            item.Culture = culture;
            item.Apply(new TitlePart { Title = title });
            item.Content["MarkdownBodyPart"] = new System.Text.Json.Nodes.JsonObject { ["Markdown"] = $"Тело статьи на {culture}" };
            fill(item);
            var saved = await content.CreateAsync(item, publish: true);
            first ??= saved;
            ids[culture] = saved.ContentItemId;
        }

        return ids;
    }

    private static HttpClient InCulture(HttpClient client, string culture)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"No {start} in the page.");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..to];
    }

    private static void AssertInOrder(string html, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var next = html.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{part}' is missing or out of order.");
            at = next + part.Length;
        }
    }
}
