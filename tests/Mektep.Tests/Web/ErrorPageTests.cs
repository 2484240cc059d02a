using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Web;

public sealed class ErrorPageTests
{
    [Theory, Providers]
    public async Task UnknownUrl_Anyone_Gets404Page(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var response = await site.NewClient().InEnglish().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Forbidden_SignedInWithoutPermission_Gets403Page(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", Mektep.Security.StandardRoles.Learner);
        var client = (await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password)).InEnglish();

        var response = await client.GetAsync("/admin/features");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Access denied", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Health_Anyone_Answers200(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var response = await site.NewClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
