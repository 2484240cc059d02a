using System.Net;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Web;

/// <summary>A hand-edited address with a value a page cannot read gets a clear 400, never a 500.</summary>
public sealed class QueryValueTests
{
    [Theory, Providers]
    public async Task Page_QueryValueOfWrongType_Answers400WithMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var visitor = site.NewClient();

        var users = await admin.GetAsync("/admin/users?page=abc");
        var catalogue = await visitor.GetAsync("/courses?page=1.5");
        var fine = await admin.GetAsync("/admin/users?page=2");

        Assert.Equal(HttpStatusCode.BadRequest, users.StatusCode);
        Assert.Contains("The address cannot be read", await users.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, catalogue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }
}
