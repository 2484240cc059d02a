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
        { "/admin/users", [StandardRoles.Administrator, StandardRoles.RegionalCoordinator] },
        { "/admin/users/new", [StandardRoles.Administrator] },
        { "/admin/users/import", [StandardRoles.Administrator] },
        { "/admin/organisation", [StandardRoles.Administrator] },
        { "/admin/audit", [StandardRoles.Administrator] },
        { "/admin/roles", [StandardRoles.Administrator] },
        { "/admin/settings", [StandardRoles.Administrator] },
        { "/admin/features", [StandardRoles.Administrator] },
        { "/admin/jobs", [StandardRoles.Administrator] },
        { "/admin/outbox", [StandardRoles.Administrator] },
        { "/admin/notifications/templates", [StandardRoles.Administrator] },
        { "/admin/notifications/templates/notifications.announcement/kk", [StandardRoles.Administrator] },
        { "/account", [StandardRoles.Administrator, StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner] },
    };

    [Theory, Providers]
    public async Task BackOffice_EachRole_GetsExactlyItsPages(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = site.NewClient(), [StandardRoles.Administrator] = await site.AdminClientAsync() };
        foreach (var role in new[] { StandardRoles.CurriculumEditor, StandardRoles.RegionalCoordinator, StandardRoles.Learner })
        {
            var email = $"{role.ToLowerInvariant()}@mektep.test";
            await site.CreateUserAsync(email, role);
            clients[role] = await site.SignedInClientAsync(email, TestUsers.Password);
        }

        var wrong = new List<string>();
        foreach (var row in Routes)
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

        Assert.Empty(wrong);
    }
}
