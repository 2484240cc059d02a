using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Quizzes;

namespace Mektep.Tests.Security;

/// <summary>
/// An address with an id that names nothing answers the site's not-found page, never a server error: guessing ids
/// tells nobody anything and breaks nothing.
/// </summary>
public sealed class UnknownIdTests
{
    private static readonly string[] AdminAddresses =
    [
        "/admin/certificates/999999",
        "/admin/reminders/999999",
        "/admin/courses/nothing-here/outline",
        "/admin/courses/nothing-here/report",
        "/admin/courses/nothing-here/enrollments",
        "/admin/cohorts/999999",
        "/admin/home/999",
        "/admin/content/nothing-here/edit",
    ];

    private static readonly string[] LearnerAddresses =
    [
        "/quizzes/attempts/999999",
        "/quizzes/attempts/999999/result",
        "/quizzes/nothing-here",
        "/courses/nothing-here",
        "/courses/nothing-here/lessons/nothing-here",
    ];

    [Theory, Providers]
    public async Task AdminPages_UnknownId_AnswerNotFound(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = (await site.AdminClientAsync()).InEnglish();

        await AssertNotFoundPagesAsync(admin, AdminAddresses);
    }

    [Theory, Providers]
    public async Task LearnerPages_UnknownId_AnswerTheNotFoundPage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("learner@mektep.test");
        var learner = (await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password)).InEnglish();

        await AssertNotFoundPagesAsync(learner, LearnerAddresses);
    }

    /// <summary>Each address answers 404 with the site's not-found page (not an empty body, not a 500).</summary>
    private static async Task AssertNotFoundPagesAsync(HttpClient client, IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            var response = await client.GetAsync(address);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{address} answered {(int)response.StatusCode}");
            Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
