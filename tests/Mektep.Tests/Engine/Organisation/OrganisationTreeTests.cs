using System.Net;
using Mektep.Data;
using Mektep.Engine.Data;
using Mektep.Engine.Organisation;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Organisation;

public sealed class OrganisationTreeTests
{
    [Theory, Providers]
    public async Task Seed_FreshSite_HasTheTwentyRegionsOfKazakhstanInKazakhAndRussian(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var scope = site.Services.CreateAsyncScope();

        var regions = await scope.ServiceProvider.GetRequiredService<MektepDbContext>().Set<Region>().AsNoTracking().ToListAsync();

        Assert.Equal(20, regions.Count);
        Assert.Equal(20, regions.Select(r => r.Code).Distinct().Count());
        Assert.All(regions, r => Assert.False(string.IsNullOrWhiteSpace(r.NameKk) || string.IsNullOrWhiteSpace(r.NameRu) || string.IsNullOrWhiteSpace(r.NameEn)));
        Assert.Contains(regions, r => r.Code == "astana" && r.NameKk == "Астана қаласы" && r.NameRu == "город Астана");
        Assert.Contains(regions, r => r.Code == "akmola" && r.NameKk == "Ақмола облысы" && r.NameRu == "Акмолинская область");
        Assert.Contains(regions, r => r.Code == "ulytau" && r.NameKk == "Ұлытау облысы");
    }

    [Theory, Providers]
    public async Task OrganisationPage_InRussian_ShowsRegionNamesInRussian(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.Clear();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var page = await admin.GetStringAsync("/admin/organisation");

        Assert.Contains("Акмолинская область", page);
        Assert.Contains("Регионы", page);
    }

    [Theory, Providers]
    public async Task AddDistrict_ThroughForm_AppearsUnderItsRegion(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/organisation?region={data.Akmola}";

        var response = await admin.PostFormAsync(url, "add-unit", new Dictionary<string, string>
        {
            ["Input.Code"] = "akm-burabay",
            ["Input.NameKk"] = "Бурабай ауданы",
            ["Input.NameRu"] = "Бурабайский район",
            ["Input.NameEn"] = "Burabay District",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Burabay District", await admin.GetStringAsync(url));
    }

    [Theory, Providers]
    public async Task AddDistrict_TakenCode_Returns422WithMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/organisation?region={data.Abai}", "add-unit", new Dictionary<string, string>
        {
            ["Input.Code"] = "akm-zerenda",
            ["Input.NameKk"] = "Басқа",
            ["Input.NameRu"] = "Другой",
        });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("Another unit already uses this code.", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task RenameRuralDistrict_ThroughForm_KeepsCodeAndChangesNames(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/organisation/rural-districts/{data.Ruzaevka}";

        var response = await admin.PostFormAsync(url, "unit-edit", new Dictionary<string, string>
        {
            ["Input.NameKk"] = "Рузаев ауылдық округі",
            ["Input.NameRu"] = "Рузаевский с/о",
            ["Input.NameEn"] = "Ruzaevka Rural District",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var rural = await scope.ServiceProvider.GetRequiredService<MektepDbContext>().Set<RuralDistrict>().AsNoTracking().SingleAsync(r => r.Id == data.Ruzaevka);
        Assert.Equal(("akm-zerenda-ruzaevka", "Рузаев ауылдық округі", "Ruzaevka Rural District"), (rural.Code, rural.NameKk, rural.NameEn));
    }

    [Theory, Providers]
    public async Task DeleteDistrict_WithRuralDistricts_IsRefusedWithMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/organisation/districts/{data.Zerenda}", "unit-delete", new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("This district still has rural districts.", await response.Content.ReadAsStringAsync());
        await using var scope = site.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<MektepDbContext>().Set<District>().AnyAsync(d => d.Id == data.Zerenda));
    }

    [Theory, Providers]
    public async Task DeleteRuralDistrict_WithPeople_IsRefusedThenAllowedOnceEmpty(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var learner = await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        await OrganisationTestData.PlaceAsync(site, learner, data.Ruzaevka);
        var admin = await site.AdminClientAsync();
        var url = $"/admin/organisation/rural-districts/{data.Ruzaevka}";

        var refused = await admin.PostFormAsync(url, "unit-delete", new Dictionary<string, string> { ["Confirm"] = "true" });
        await OrganisationTestData.PlaceAsync(site, learner, null);
        var allowed = await admin.PostFormAsync(url, "unit-delete", new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("People still belong to this rural district.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var gone = await admin.GetAsync(url);
        Assert.True(gone.StatusCode == HttpStatusCode.NotFound, await gone.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task OrganisationPage_Learner_IsForbidden(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);

        var response = await learner.GetAsync("/admin/organisation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
