using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Courses;

/// <summary>The output cache serves anonymous pages, forgets them when content changes, and never serves a signed-in person.</summary>
public sealed class PublicPageCacheTests
{
    [Theory, Providers]
    public async Task AnonymousCatalogue_SetsNoCookie_IsServedFromTheCache_AndShowsANewCourseAtOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CourseAsync("Ауыл шаруашылығы");
        var visitor = site.NewClient().InKazakh(); // the courses are written in Kazakh

        var first = await visitor.GetAsync("/courses");
        var second = await visitor.GetAsync("/courses");
        await site.CourseAsync("Кооперативтер");
        var afterPublish = await visitor.GetAsync("/courses");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Ауыл шаруашылығы", await first.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the cache's copy
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Null(afterPublish.Headers.Age);
        Assert.Contains("Кооперативтер", await afterPublish.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task EachLanguage_HasItsOwnCopy(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var english = site.NewClient();
        var kazakh = site.NewClient().InKazakh();

        await english.GetAsync("/courses");
        var englishAgain = await english.GetStringAsync("/courses");
        var kazakhPage = await kazakh.GetStringAsync("/courses");

        Assert.Contains("lang=\"en\"", englishAgain);
        Assert.Contains("lang=\"kk\"", kazakhPage);
    }

    [Theory, Providers]
    public async Task TheLanguageCookie_HasItsOwnCopy(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var english = site.NewClient();
        var chose = site.NewClient(); // the same Accept-Language, and the language cookie the switcher sets
        await chose.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "kk", ["returnUrl"] = "/courses" }));

        await english.GetAsync("/courses");
        var englishAgain = await english.GetAsync("/courses");
        var kazakh = await chose.GetAsync("/courses");
        var kazakhAgain = await chose.GetAsync("/courses");

        Assert.NotNull(englishAgain.Headers.Age);
        Assert.NotNull(kazakhAgain.Headers.Age);
        Assert.Contains("lang=\"en\"", await englishAgain.Content.ReadAsStringAsync());
        Assert.Contains("lang=\"kk\"", await kazakh.Content.ReadAsStringAsync());
        Assert.Contains("lang=\"kk\"", await kazakhAgain.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task AMissingCourse_IsNotKept(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var visitor = site.NewClient();

        var first = await visitor.GetAsync("/courses/no-such-course");
        var second = await visitor.GetAsync("/courses/no-such-course");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Theory, Providers]
    public async Task SignedInPages_AreNeverServedFromTheCache(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CourseAsync("Бюджет");
        await site.NewClient().GetAsync("/courses"); // an anonymous copy exists
        var admin = await site.AdminClientAsync();

        var first = await admin.GetAsync("/courses");
        var second = await admin.GetAsync("/courses");

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.Contains("account/logout", await second.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}

file static class KazakhClient
{
    public static HttpClient InKazakh(this HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");
        return client;
    }
}
