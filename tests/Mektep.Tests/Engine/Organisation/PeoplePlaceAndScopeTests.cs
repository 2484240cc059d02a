using System.Net;
using System.Security.Claims;
using Mektep.Data;
using Mektep.People;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Organisation;

public sealed class PeoplePlaceAndScopeTests
{
    [Theory, Providers]
    public async Task EditUser_ConsistentPlace_IsStoredAndListed(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var id = await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner, "Learner");
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/users/{id}", "user-edit", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Learner",
            ["Input.Email"] = "learner@mektep.test",
            ["Input.Roles"] = StandardRoles.Learner,
            ["Input.RegionId"] = data.Akmola.ToString(),
            ["Input.RuralDistrictId"] = data.Ruzaevka.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(data.Ruzaevka, (await OrganisationTestData.FindByEmailAsync(site, "learner@mektep.test"))!.RuralDistrictId);
        var list = await admin.GetStringAsync($"/admin/users?district={data.Zerenda}");
        Assert.Contains("learner@mektep.test", list);
        Assert.Contains("Рузаевский сельский округ", list);
    }

    [Theory, Providers]
    public async Task EditUser_RuralDistrictOfAnotherRegion_Returns422AndKeepsPlace(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var id = await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner, "Learner");
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/users/{id}", "user-edit", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Learner",
            ["Input.Email"] = "learner@mektep.test",
            ["Input.Roles"] = StandardRoles.Learner,
            ["Input.RegionId"] = data.Abai.ToString(),
            ["Input.RuralDistrictId"] = data.Ruzaevka.ToString(),
        });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("The rural district is not in the chosen region.", await response.Content.ReadAsStringAsync());
        Assert.Null((await OrganisationTestData.FindByEmailAsync(site, "learner@mektep.test"))!.RuralDistrictId);
    }

    [Theory, Providers]
    public async Task EditUser_CoordinatorWithoutRegion_Returns422(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = await site.CreateUserAsync("coordinator@mektep.test", displayName: "Coordinator");
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/users/{id}", "user-edit", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Coordinator",
            ["Input.Email"] = "coordinator@mektep.test",
            ["Input.Roles"] = StandardRoles.RegionalCoordinator,
        });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("Choose the region a regional coordinator is responsible for.", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task UserList_Coordinator_SeesOnlyOwnRegionEvenWithForgedFilter(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (data, coordinator, _, _) = await ArrangeTwoRegionsAsync(site);

        var list = await coordinator.GetStringAsync("/admin/users");
        var forged = await coordinator.GetStringAsync($"/admin/users?region={data.Abai}&district={data.Kokpekty}");

        Assert.Contains("akmola@mektep.test", list);
        Assert.DoesNotContain("abai@mektep.test", list);
        Assert.DoesNotContain("href=\"/admin/users/new\"", list);
        Assert.Contains("akmola@mektep.test", forged);
        Assert.DoesNotContain("abai@mektep.test", forged);
    }

    [Theory, Providers]
    public async Task UserDetail_CoordinatorAskingForAnotherRegion_Gets404(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (_, coordinator, _, abaiLearner) = await ArrangeTwoRegionsAsync(site);

        var response = await coordinator.GetAsync($"/admin/users/{abaiLearner}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("abai@mektep.test", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task UserDetail_CoordinatorOwnRegion_IsReadOnlyAndEditIsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (_, coordinator, akmolaLearner, _) = await ArrangeTwoRegionsAsync(site);
        var url = $"/admin/users/{akmolaLearner}";

        var page = await coordinator.GetStringAsync(url);
        var post = await coordinator.PostAsync(url, FormClientExtensions.Form(page, "user-edit", new()
        {
            ["Input.DisplayName"] = "Renamed",
            ["Input.Email"] = "akmola@mektep.test",
        }));
        var create = await coordinator.GetAsync("/admin/users/new");

        Assert.Contains("akmola@mektep.test", page);
        Assert.Contains("<fieldset class=\"plain\" disabled", page);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("Akmola learner", (await OrganisationTestData.FindByEmailAsync(site, "akmola@mektep.test"))!.DisplayName);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Theory, Providers]
    public async Task PeopleDirectory_Coordinator_ListsOnlyOwnRegionAndReportsPlaces(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var coordinator = await site.CreateUserAsync("coordinator@mektep.test", StandardRoles.RegionalCoordinator);
        await OrganisationTestData.PlaceAsync(site, coordinator, null, data.Akmola);
        var akmola = await site.CreateUserAsync("akmola@mektep.test", StandardRoles.Learner);
        await OrganisationTestData.PlaceAsync(site, akmola, data.Ruzaevka);
        var abai = await site.CreateUserAsync("abai@mektep.test", StandardRoles.Learner);
        await OrganisationTestData.PlaceAsync(site, abai, data.Kokpekty1);
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, coordinator), new Claim(ClaimTypes.Role, StandardRoles.RegionalCoordinator)], "Test")),
        };
        var directory = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();

        var scopeOfCoordinator = await directory.GetCurrentScopeAsync();
        var everyone = await directory.ListUserIdsAsync(new PlaceFilter());
        var forged = await directory.ListUserIdsAsync(new PlaceFilter(RegionId: data.Abai));
        var place = await directory.GetPlaceAsync(abai);

        Assert.Equal(PeopleScope.Region(data.Akmola), scopeOfCoordinator);
        Assert.Equal([akmola], everyone);
        Assert.Empty(forged);
        Assert.Equal((data.Abai, data.Kokpekty, data.Kokpekty1), (place!.RegionId, place.DistrictId, place.RuralDistrictId));
    }

    private static async Task<(OrganisationTestData Data, HttpClient Coordinator, string AkmolaLearner, string AbaiLearner)> ArrangeTwoRegionsAsync(SiteFactory site)
    {
        var data = await OrganisationTestData.CreateAsync(site);
        var coordinator = await site.CreateUserAsync("coordinator@mektep.test", StandardRoles.RegionalCoordinator, "Coordinator");
        await OrganisationTestData.PlaceAsync(site, coordinator, null, data.Akmola);
        var akmola = await site.CreateUserAsync("akmola@mektep.test", StandardRoles.Learner, "Akmola learner");
        await OrganisationTestData.PlaceAsync(site, akmola, data.Ruzaevka);
        var abai = await site.CreateUserAsync("abai@mektep.test", StandardRoles.Learner, "Abai learner");
        await OrganisationTestData.PlaceAsync(site, abai, data.Kokpekty1);
        return (data, await site.SignedInClientAsync("coordinator@mektep.test", TestUsers.Password), akmola, abai);
    }
}
