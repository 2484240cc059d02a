using System.Net;
using Mektep.Data;
using Mektep.Engine.Localization;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Web;

/// <summary>
/// Renders the site's pages in Kazakh and Russian and fails when any UI string had no translation and fell
/// back to its English key.
/// </summary>
public sealed class LocalizationRenderTests
{
    private static readonly string[] PublicPages = ["/", "/account/login", "/account/forgot-password", "/account/register", "/error/404", "/no-such-page", "/notifications/unsubscribe?token=x", "/verify", "/verify/AAAAABBBBBCCCCCDDDDD", "/verify/bad", "/news", "/initiatives/summary"];

    private static readonly string[] AdminPages =
    [
        "/admin", "/admin/content", "/admin/users", "/admin/users/new", "/admin/roles", "/admin/roles/CurriculumEditor",
        "/admin/settings", "/admin/features", "/account", "/admin/media", "/admin/cohorts", "/admin/cohorts/new",
        "/admin/quizzes", "/admin/questions", "/admin/questions/new?type=SingleChoice", "/admin/questions/new?type=MultipleChoice",
        "/admin/questions/new?type=Numeric", "/admin/questions/new?type=ShortText", "/admin/questions/new?type=Matching",
        "/admin/questions/new?type=Essay", "/admin/questions/new?type=TrueFalse", "/admin/quizzes/grading", "/admin/content/new/Quiz",
        "/admin/outbox", "/admin/notifications/templates", "/admin/notifications/templates/notifications.announcement/ru",
        "/admin/recipes",
        "/admin/reminders", "/admin/reminders/new", "/admin/reminders/3", "/notifications", "/account/notifications", "/account/calendar",
        "/admin/notifications/templates/reminders.quiz-failed/kk",
        "/admin/questions/import",
        "/admin/certificates", "/admin/certificates/issue", "/admin/content/new/CertificateTemplate", "/my/certificates",
        "/admin/webhooks", "/admin/webhooks/new", "/admin/webhooks/deliveries",
        "/admin/menus", "/admin/menus/item?menu=main", "/admin/menus/item?menu=footer", "/admin/home", "/admin/content/new/NewsArticle", "/admin/content/new/Page",
        "/admin/initiatives", "/admin/initiatives/registry", "/initiatives", "/initiatives/new", "/admin/content/new/InitiativeAssignment",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "kk")]
    [InlineData(DatabaseProvider.Sqlite, "ru")]
    [InlineData(DatabaseProvider.PostgreSql, "kk")]
    [InlineData(DatabaseProvider.PostgreSql, "ru")]
    public async Task Pages_RenderedInCulture_UseNoUntranslatedString(DatabaseProvider provider, string culture)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var misses = site.Services.GetRequiredService<JsonStringLocalizerFactory>().Misses;
        var visitor = InCulture(site.NewClient(), culture);
        var admin = InCulture(await site.AdminClientAsync(), culture);
        misses.Clear();

        foreach (var page in PublicPages)
        {
            var response = await visitor.GetAsync(page);
            Assert.Contains($"lang=\"{culture}\"", await response.Content.ReadAsStringAsync());
        }

        foreach (var page in AdminPages)
        {
            var response = await admin.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
        }

        var untranslated = misses.Keys.Where(m => m.Culture == culture).Select(m => m.Key).Order().ToList();
        Assert.Empty(untranslated);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "kk")]
    [InlineData(DatabaseProvider.Sqlite, "ru")]
    [InlineData(DatabaseProvider.PostgreSql, "kk")]
    [InlineData(DatabaseProvider.PostgreSql, "ru")]
    public async Task QuizPages_RenderedInCulture_UseNoUntranslatedString(DatabaseProvider provider, string culture)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await Modules.Quizzes.QuizTestData.SubmittedQuizAsync(site);
        var misses = site.Services.GetRequiredService<JsonStringLocalizerFactory>().Misses;
        var admin = InCulture(await site.AdminClientAsync(), culture);
        misses.Clear();

        foreach (var page in new[] { "preview", "attempts", "analysis" })
        {
            var response = await admin.GetAsync($"/admin/quizzes/{quiz.ContentItemId}/{page}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
        }

        var untranslated = misses.Keys.Where(m => m.Culture == culture).Select(m => m.Key).Order().ToList();
        Assert.Empty(untranslated);
    }

    private static HttpClient InCulture(HttpClient client, string culture)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }
}
