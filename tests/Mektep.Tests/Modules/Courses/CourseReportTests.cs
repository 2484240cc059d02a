using System.Net;
using System.Text;
using ClosedXML.Excel;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class CourseReportTests
{
    [Theory, Providers]
    public async Task Report_Coordinator_SeesOnlyOwnRegionEvenWithForgedQuery(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, _, _) = await ArrangeAsync(site);
        var coordinator = await CoordinatorAsync(site);
        var data = await OrganisationDataAsync(site);
        var url = $"/admin/courses/{course.ContentItemId}/report";

        var own = await coordinator.GetStringAsync(url);
        var forged = await coordinator.GetStringAsync($"{url}?region={data.Abai}&district={data.Kokpekty}");
        var csv = await coordinator.GetStringAsync($"{url}.csv?region={data.Abai}");
        var xlsx = Read(await coordinator.GetByteArrayAsync($"{url}.xlsx"));

        Assert.Contains("akmola@mektep.test", own);
        Assert.DoesNotContain("abai@mektep.test", own);
        Assert.DoesNotContain("abai@mektep.test", forged);
        Assert.DoesNotContain("abai@mektep.test", csv);
        Assert.DoesNotContain("Abai", csv);
        Assert.Equal(["akmola@mektep.test"], xlsx.Skip(1).Select(row => row[1]));
    }

    [Theory, Providers]
    public async Task ExportCsv_Admin_IsUtf8WithBomAndHoldsEveryLearnersProgress(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, _, _) = await ArrangeAsync(site);
        var admin = await site.AdminClientAsync();

        var response = await admin.GetAsync($"/admin/courses/{course.ContentItemId}/report.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Email,Region,District,Status,Percent,Lessons done,Time spent (minutes),Last activity (UTC),Completed (UTC)", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("'=Ақмола Оқушы,akmola@mektep.test,Akmola Region,Зерендинский район,Active,50,1,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Абай Оқушы,abai@mektep.test,", StringComparison.Ordinal) && l.Contains(",Active,0,0,0,,", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task ExportXlsx_Admin_ReadsBackWithLearnersAndSummary(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, _, _) = await ArrangeAsync(site);
        var admin = await site.AdminClientAsync();

        var response = await admin.GetAsync($"/admin/courses/{course.ContentItemId}/report.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var learners = workbook.Worksheet("Learners");
        Assert.Equal("Name", learners.Cell(1, 1).GetString());
        var akmolaRow = learners.RowsUsed().Single(r => r.Cell(2).GetString() == "akmola@mektep.test");
        Assert.Equal("=Ақмола Оқушы", akmolaRow.Cell(1).GetString());
        Assert.False(akmolaRow.Cell(1).HasFormula);
        Assert.Equal(50, akmolaRow.Cell(6).GetValue<int>());
        Assert.Equal(1, akmolaRow.Cell(7).GetValue<int>());
        var summary = workbook.Worksheet("Summary");
        Assert.Equal(3, summary.RowsUsed().Count());
        Assert.Contains(summary.RowsUsed(), r => r.Cell(2).GetString() == "Зерендинский район" && r.Cell(3).GetValue<int>() == 1);
    }

    [Theory, Providers]
    public async Task Report_Learner_IsForbiddenOnPageAndExports(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, _, _) = await ArrangeAsync(site);
        var learner = await site.SignedInClientAsync("abai@mektep.test", TestUsers.Password);
        var url = $"/admin/courses/{course.ContentItemId}/report";

        var statuses = new[] { (await learner.GetAsync(url)).StatusCode, (await learner.GetAsync(url + ".csv")).StatusCode, (await learner.GetAsync(url + ".xlsx")).StatusCode };

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
    }

    /// <summary>One learner in Akmola with one of two lessons done, one in Abai with none; both enrolled.</summary>
    private static async Task<(Mektep.Content.ContentItem Course, string Akmola, string Abai)> ArrangeAsync(SiteFactory site)
    {
        var data = await OrganisationTestData.CreateAsync(site);
        var course = await site.CourseAsync("Бюджет");
        var akmola = await site.LearnerAsync("akmola@mektep.test", data.Ruzaevka, "=Ақмола Оқушы");
        var abai = await site.LearnerAsync("abai@mektep.test", data.Kokpekty1, "Абай Оқушы");
        await site.AdminEnrollAsync(course, [akmola, abai]);
        await site.MarkDoneAsync(akmola, course, (await site.LessonsAsync(course))[0]);
        return (course, akmola, abai);
    }

    private static async Task<HttpClient> CoordinatorAsync(SiteFactory site)
    {
        var data = await OrganisationDataAsync(site);
        var id = await site.CreateUserAsync("coordinator@mektep.test", StandardRoles.RegionalCoordinator);
        await OrganisationTestData.PlaceAsync(site, id, null, data.Akmola);
        return await site.SignedInClientAsync("coordinator@mektep.test", TestUsers.Password);
    }

    /// <summary>The ids of the tree made by <see cref="OrganisationTestData.CreateAsync"/>, read back by code.</summary>
    private static async Task<(int Akmola, int Abai, int Kokpekty)> OrganisationDataAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<Mektep.Engine.Organisation.OrganisationTree>().LoadAsync();
        return (snapshot.Regions.Single(r => r.Code == "akmola").Id, snapshot.Regions.Single(r => r.Code == "abai").Id, snapshot.Districts.Single(d => d.Code == "abai-kokpekty").Id);
    }

    private static List<string[]> Read(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        return [.. workbook.Worksheet(1).RowsUsed().Select(r => r.Cells(1, 10).Select(c => c.GetString()).ToArray())];
    }
}
