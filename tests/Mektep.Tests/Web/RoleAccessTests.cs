using System.Net;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Web;

/// <summary>Walks each kind of person through the back office: allowed pages answer 200, the rest 403 or a sign-in redirect.</summary>
public sealed class RoleAccessTests
{
    private const string Anonymous = "Anonymous";

    /// <summary>Route, then the people who may open it.</summary>
    public static readonly TheoryData<string, string[]> Routes = new()
    {
        { "/admin", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator] },
        { "/admin/content", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/content/new/Page", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/content-types", [StandardRoles.Administrator] },
        { "/admin/media", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/users", [StandardRoles.Administrator, StandardRoles.RegionalCoordinator] },
        { "/admin/users/new", [StandardRoles.Administrator] },
        { "/admin/users/import", [StandardRoles.Administrator] },
        { "/admin/organisation", [StandardRoles.Administrator] },
        { "/admin/audit", [StandardRoles.Administrator] },
        { "/admin/recipes", [StandardRoles.Administrator] },
        { "/admin/roles", [StandardRoles.Administrator] },
        { "/admin/settings", [StandardRoles.Administrator] },
        { "/admin/features", [StandardRoles.Administrator] },
        { "/admin/jobs", [StandardRoles.Administrator] },
        { "/admin/outbox", [StandardRoles.Administrator] },
        { "/admin/notifications/templates", [StandardRoles.Administrator] },
        { "/admin/notifications/templates/notifications.announcement/kk", [StandardRoles.Administrator] },
        { "/account", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
        { "/admin/cohorts", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/cohorts/new", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/quizzes", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/questions", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/questions/new?type=Matching", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/quizzes/grading", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/reminders", [StandardRoles.Administrator] },
        { "/admin/reminders/new", [StandardRoles.Administrator] },
        { "/admin/reminders/1", [StandardRoles.Administrator] },
        { "/notifications", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
        { "/account/notifications", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
        { "/account/calendar", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
        { "/admin/questions/import", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/certificates", [StandardRoles.Administrator] },
        { "/admin/certificates/issue", [StandardRoles.Administrator] },
        { "/admin/certificates/register.csv", [StandardRoles.Administrator] },
        { "/admin/certificates/register.xlsx", [StandardRoles.Administrator] },
        { "/admin/content/new/CertificateTemplate", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/my/certificates", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
        { "/admin/webhooks", [StandardRoles.Administrator] },
        { "/admin/webhooks/new", [StandardRoles.Administrator] },
        { "/admin/webhooks/deliveries", [StandardRoles.Administrator] },
        { "/admin/menus", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/menus/item?menu=main", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/menus/item?menu=footer", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/home", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/site/recipe.json", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/content/new/NewsArticle", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/initiatives", [StandardRoles.Administrator] },
        { "/admin/initiatives/registry", [StandardRoles.Administrator, StandardRoles.RegionalCoordinator] },
        { "/admin/initiatives/registry.csv", [StandardRoles.Administrator, StandardRoles.RegionalCoordinator] },
        { "/admin/initiatives/registry.xlsx", [StandardRoles.Administrator, StandardRoles.RegionalCoordinator] },
        { "/initiatives", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
        { "/initiatives/new", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
    };

    /// <summary>Routes under one course ({0}: its id), then the people who may open them.</summary>
    public static readonly TheoryData<string, string[]> CourseRoutes = new()
    {
        { "/admin/courses/{0}/enrollments", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/courses/{0}/report", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator] },
        { "/admin/courses/{0}/report.csv", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator] },
        { "/admin/courses/{0}/report.xlsx", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator] },
        { "/admin/cohorts/{1}", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
    };

    /// <summary>Routes under one quiz ({0}: its id), then the people who may open them.</summary>
    public static readonly TheoryData<string, string[]> QuizRoutes = new()
    {
        { "/admin/quizzes/{0}/preview", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/quizzes/{0}/attempts", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/quizzes/{0}/analysis", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
        { "/admin/quizzes/{0}/analysis.csv", [StandardRoles.Administrator, StandardRoles.CurriculumEditor] },
    };

    [Theory, Providers]
    public async Task BackOffice_EachRole_GetsExactlyItsPages(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var wrong = await WalkAsync(site, Routes);

        Assert.Empty(wrong);
    }

    [Theory, Providers]
    public async Task CourseBackOffice_EachRole_GetsExactlyItsPages(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await Modules.Courses.EnrollmentTestData.CourseAsync(site, "Курс");
        var cohortId = await Modules.Courses.EnrollmentTestData.CohortAsync(site, "Топ");
        var routes = new TheoryData<string, string[]>();
        foreach (var row in CourseRoutes)
        {
            routes.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, (string)row[0], course.ContentItemId, cohortId), (string[])row[1]);
        }

        var wrong = await WalkAsync(site, routes);

        Assert.Empty(wrong);
    }

    [Theory, Providers]
    public async Task QuizBackOffice_EachRole_GetsExactlyItsPages(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await Modules.Quizzes.QuizTestData.NewQuizAsync(site.Services, "Тест", _ => { });
        var routes = new TheoryData<string, string[]>();
        foreach (var row in QuizRoutes)
        {
            routes.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, (string)row[0], quiz.ContentItemId), (string[])row[1]);
        }

        var wrong = await WalkAsync(site, routes);

        Assert.Empty(wrong);
    }

    private static async Task<List<string>> WalkAsync(SiteFactory site, TheoryData<string, string[]> routes)
    {
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = site.NewClient(), [StandardRoles.Administrator] = await site.AdminClientAsync() };
        foreach (var role in new[] { StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner })
        {
            var email = $"{role.ToLowerInvariant()}@mektep.test";
            await site.CreateUserAsync(email, role);
            clients[role] = await site.SignedInClientAsync(email, TestUsers.Password);
        }

        var wrong = new List<string>();
        foreach (var row in routes)
        {
            var (route, allowed) = ((string)row[0], (string[])row[1]);
            foreach (var (who, client) in clients)
            {
                var status = (await client.GetAsync(route)).StatusCode;
                var expected = allowed.Contains(who) ? HttpStatusCode.OK : who == Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden;
                if (status != expected)
                {
                    wrong.Add($"{who} {route}: {(int)status}, expected {(int)expected}");
                }
            }
        }

        return wrong;
    }
}
