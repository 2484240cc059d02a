using System.Net;
using System.Text;
using ClosedXML.Excel;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;

namespace Mektep.Tests.Modules.Initiatives;

/// <summary>The registry's totals, its exports, a coordinator's view of their region and the public summary.</summary>
public sealed class InitiativeRegistryTests
{
    [Theory, Providers]
    public async Task Registry_Totals_GroupApprovedByRegionDistrictAndRuralDistrict(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (_, admin) = await ArrangeAsync(site);

        var html = Compact(await admin.GetStringAsync("/admin/initiatives/registry"));
        var all = Compact(await admin.GetStringAsync("/admin/initiatives/registry?status=any"));
        var tourism = Compact(await admin.GetStringAsync("/admin/initiatives/registry?sector=Tourism"));

        // Approved: two in Akmola (10 000 000 + 5 000 000, 12 + 3 jobs), one in Abai (7 000 000, 4 jobs); one submitted in Abai.
        Assert.Contains("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"number count\">3</td><td class=\"number cost\">22\u00A0000\u00A0000</td><td class=\"number jobs\">19</td>", html, StringComparison.Ordinal);
        Assert.Contains("15\u00A0000\u00A0000", html, StringComparison.Ordinal);
        Assert.Contains("Рузаев", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"cost-chart-title\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number count\">4</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number count\">0</td>", tourism, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Registry_Coordinator_SeesOnlyTheirRegionOnThePageAndInExports(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (data, _) = await ArrangeAsync(site);
        var coordinatorId = await site.CreateUserAsync("coordinator@mektep.test", StandardRoles.RegionalCoordinator);
        await OrganisationTestData.PlaceAsync(site, coordinatorId, null, data.Akmola);
        var coordinator = await site.SignedInClientAsync("coordinator@mektep.test", TestUsers.Password);

        var html = await coordinator.GetStringAsync("/admin/initiatives/registry?region=" + data.Abai);
        var csv = Encoding.UTF8.GetString(await coordinator.GetByteArrayAsync("/admin/initiatives/registry.csv?status=any"));
        var xlsx = await coordinator.GetByteArrayAsync("/admin/initiatives/registry.xlsx");
        var queue = await coordinator.GetAsync("/admin/initiatives");

        Assert.Contains("<td class=\"number count\">0</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Көкпекті", html, StringComparison.Ordinal);
        Assert.Contains("Akmola cheese", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Abai", csv, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var titles = workbook.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(6).GetString()).Order().ToList();
        Assert.Equal(["Akmola cheese", "Akmola milk"], titles);
        Assert.Equal(10_000_000, workbook.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(9).GetValue<long>()).Max());
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
    }

    [Theory, Providers]
    public async Task Registry_OwnRegionOnly_ACoordinatorWithoutRegionSeesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await ArrangeAsync(site);
        await site.CreateUserAsync("lost@mektep.test", StandardRoles.RegionalCoordinator);
        var coordinator = await site.SignedInClientAsync("lost@mektep.test", TestUsers.Password);

        var html = await coordinator.GetStringAsync("/admin/initiatives/registry");

        Assert.Contains("<td class=\"number count\">0</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Рузаевка", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Summary_Anonymous_ShowsAggregatesAndNoPersonalData(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await ArrangeAsync(site);

        var response = await site.NewClient().GetAsync("/initiatives/summary");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Approved initiatives: 3; estimated cost 22\u00A0000\u00A0000 tenge; 19 jobs expected.", html, StringComparison.Ordinal);
        Assert.Contains("15\u00A0000\u00A0000", html, StringComparison.Ordinal);
        foreach (var secret in new[] { "Akmola milk", "Akmola cheese", "Abai wool", "Abai pending", "Ерлан", "Әлия", "Бауыржан", "@mektep.test", "Рузаевка" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }
    }

    /// <summary>The page with entities decoded and no white space between tags.</summary>
    private static string Compact(string html) => System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(html), ">\\s+<", "><");

    /// <summary>Two approved initiatives in Akmola (Ruzaevka), one approved and one submitted in Abai (Kokpekty).</summary>
    private static async Task<(OrganisationTestData Data, HttpClient Admin)> ArrangeAsync(SiteFactory site)
    {
        var data = await OrganisationTestData.CreateAsync(site);
        await site.LearnerAsync("akmola1@mektep.test", data.Ruzaevka, "Ерлан Сейтқали");
        await site.LearnerAsync("akmola2@mektep.test", data.Ruzaevka, "Әлия Жұмағұлова");
        await site.LearnerAsync("abai@mektep.test", data.Kokpekty1, "Бауыржан Оспанов");
        var admin = await site.AdminClientAsync();
        async Task<long> SubmitAsync(string email, string title, string cost, string jobs)
        {
            var client = await site.SignedInClientAsync(email, TestUsers.Password);
            return await InitiativeTestData.CreateAsync(client, InitiativeTestData.Fields(title: title, cost: cost, jobs: jobs));
        }

        foreach (var id in new[]
        {
            await SubmitAsync("akmola1@mektep.test", "Akmola milk", "10 000 000", "12"),
            await SubmitAsync("akmola2@mektep.test", "Akmola cheese", "5 000 000", "3"),
            await SubmitAsync("abai@mektep.test", "Abai wool", "7 000 000", "4"),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await InitiativeTestData.ReviewAsync(admin, id, "approve", null, 4)).StatusCode);
        }

        await SubmitAsync("abai@mektep.test", "Abai pending", "1 000", "1");
        return (data, admin);
    }
}
