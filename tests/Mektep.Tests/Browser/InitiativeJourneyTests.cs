using Mektep.Data;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.Playwright;

namespace Mektep.Tests.Browser;

/// <summary>An initiative's way in Chromium: the learner submits, a reviewer returns it, the learner fixes it, the reviewer approves it and the registry's totals move.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InitiativeJourneyTests(BrowserFixture browser)
{
    [Theory, Providers]
    public async Task Initiative_SubmitReturnFixApprove_RegistryTotalsMove(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartOnKestrelAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        await site.LearnerAsync("akim@mektep.test", data.Ruzaevka, "Ерлан Сейтқали");
        await site.CreateUserAsync("reviewer@mektep.test", "Reviewer", "Сарапшы Әсел");
        var learner = await browser.NewPageAsync(site);
        var reviewer = await browser.NewPageAsync(site);
        await learner.SignInAsync("akim@mektep.test");
        await reviewer.SignInAsync("reviewer@mektep.test");
        var before = await TotalCostAsync(reviewer);

        await learner.GotoAsync("/initiatives/new");
        await learner.FillAsync("#Title", "Сүт өңдеу кооперативі");
        await learner.SelectOptionAsync("#Sector", "Processing");
        await learner.FillAsync("#Description", "Сүт қабылдау пункті және **салқындатқыш**.");
        await learner.FillAsync("#Cost", "15 000 000");
        await learner.FillAsync("#Jobs", "12");
        await learner.FillAsync("#Income", "4 500 000,50");
        await learner.CheckAsync("input[name='Input.OwnFunds']");
        await learner.FillAsync("#Start", "2027-03");
        await learner.FillAsync("#End", "2028-06");
        await learner.ClickAndArriveAsync(learner.Locator("button[value='submit']"), url => url.Contains("notice=submitted", StringComparison.Ordinal));
        var initiativePath = new Uri(learner.Url).AbsolutePath;

        await reviewer.GotoAsync("/admin/initiatives");
        await reviewer.ClickAsync("text=Сүт өңдеу кооперативі");
        await reviewer.FillAsync("#Comment", "Салқындатқыштың құнын қосыңыз.");
        await reviewer.ClickAndArriveAsync(reviewer.Locator("button[value='return']"), url => url.Contains("notice=returned", StringComparison.Ordinal));

        await learner.GotoAsync(initiativePath);
        var comment = await learner.Locator("blockquote.comment").InnerTextAsync();
        await learner.ClickAndArriveAsync(learner.Locator($"a[href='{initiativePath}/edit']"), url => new Uri(url).AbsolutePath.EndsWith("/edit", StringComparison.Ordinal));
        await learner.FillAsync("#Cost", "16 200 000");
        await learner.ClickAndArriveAsync(learner.Locator("button[value='submit']"), url => url.Contains("notice=submitted", StringComparison.Ordinal));

        await reviewer.GotoAsync("/admin" + initiativePath);
        foreach (var field in new[] { "#Feasibility", "#IncomeEffect", "#CostRealism", "#LocalResources" })
        {
            await reviewer.SelectOptionAsync(field, "4");
        }

        await reviewer.ClickAndArriveAsync(reviewer.Locator("button[value='approve']"), url => url.Contains("notice=approved", StringComparison.Ordinal));
        var after = await TotalCostAsync(reviewer);
        await learner.GotoAsync(initiativePath);
        var status = await learner.Locator("dd.status").InnerTextAsync();

        Assert.Equal("0", before);
        Assert.Equal("Салқындатқыштың құнын қосыңыз.", comment);
        Assert.Equal("16\u00A0200\u00A0000", after);
        Assert.Equal("Approved", status);
    }

    private static async Task<string> TotalCostAsync(IPage reviewer)
    {
        await reviewer.GotoAsync("/admin/initiatives/registry");
        return await reviewer.Locator("tr.total .cost").InnerTextAsync();
    }
}
