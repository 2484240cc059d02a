using System.Net;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Data;
using Mektep.Engine.Audit;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Certificates;

public sealed class CertificateRevocationTests
{
    [Theory, Providers]
    public async Task Revoke_ThroughTheAdminPage_VerificationShowsDateAndReasonAndItIsAudited(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var certificate = await site.CertifiedGraduateAsync("Курс", "a@mektep.test");
        var admin = await site.AdminClientAsync();
        var url = $"/admin/certificates/{certificate.Id}";

        var response = await admin.PostFormAsync(url, "revoke", new Dictionary<string, string> { ["Input.Reason"] = "Құжаттар жалған болып шықты", ["Input.Action"] = "revoke" });
        var page = await site.NewClient().GetStringAsync($"/verify/{certificate.VerificationCode}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("This certificate was revoked on", page, StringComparison.Ordinal);
        Assert.Contains("Құжаттар жалған болып шықты", page, StringComparison.Ordinal);
        var revoked = Assert.Single(await site.CertificatesAsync());
        Assert.NotNull(revoked.RevokedUtc);
        await using var scope = site.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditTrail>().SearchAsync(new(Category: CertificateIssuer.AuditCategory, Action: CertificateIssuer.RevokedAction));
        Assert.Contains("Құжаттар жалған болып шықты", Assert.Single(audit.Events).Details, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Revoke_WithoutReason_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var certificate = await site.CertifiedGraduateAsync("Курс", "a@mektep.test");
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/certificates/{certificate.Id}", "revoke", new Dictionary<string, string> { ["Input.Reason"] = " ", ["Input.Action"] = "revoke" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(Assert.Single(await site.CertificatesAsync()).RevokedUtc);
    }

    [Theory, Providers]
    public async Task Reissue_RevokesTheOldAndIssuesANewNumberAndCode(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course);
        var userId = await site.GraduateAsync(course, "a@mektep.test");
        var old = Assert.Single(await site.CertificatesAsync());

        var replacement = await site.WithAsync<Certificate?, CertificateRevocation>(r => r.ReissueAsync(old.Id, "Аты-жөні қате жазылған"));

        Assert.NotNull(replacement);
        var all = await site.CertificatesAsync();
        Assert.Equal(2, all.Count);
        Assert.NotNull(all[0].RevokedUtc);
        Assert.Equal("Аты-жөні қате жазылған", all[0].RevokedReason);
        Assert.Null(all[1].RevokedUtc);
        Assert.Equal(old.Id, all[1].ReplacesId);
        Assert.Equal(userId, all[1].UserId);
        Assert.NotEqual(old.Number, all[1].Number);
        Assert.NotEqual(old.VerificationCode, all[1].VerificationCode);
        var verification = await site.WithAsync<Verification, CertificateVerifier>(v => v.VerifyAsync(all[1].VerificationCode));
        Assert.Equal(VerificationState.Valid, verification.State);
    }

    [Theory, Providers]
    public async Task Revoke_ThenIssueAgain_IsAllowed(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course);
        var userId = await site.GraduateAsync(course, "a@mektep.test");
        var old = Assert.Single(await site.CertificatesAsync());

        var revoked = await site.WithAsync<bool, CertificateRevocation>(r => r.RevokeAsync(old.Id, "Қате"));
        var again = await site.WithAsync<bool, CertificateRevocation>(r => r.RevokeAsync(old.Id, "Қате"));
        var issued = await site.IssueAsync(course, userId, requireCompletion: true);

        Assert.True(revoked);
        Assert.False(again);
        Assert.Equal(IssueOutcome.Issued, issued.Outcome);
    }

    [Theory, Providers]
    public async Task MyCertificates_ListsOnlyMine_AndRevokedCannotBeDownloadedByTheHolder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Менің курсым");
        var other = await site.CourseAsync("Басқа курс");
        await site.TemplateAsync(course);
        await site.TemplateAsync(other);
        await site.GraduateAsync(course, "me@mektep.test");
        await site.GraduateAsync(other, "someone@mektep.test");
        var mine = (await site.CertificatesAsync()).First();
        var client = await site.SignedInClientAsync("me@mektep.test", TestUsers.Password);

        var account = await client.GetStringAsync("/account");
        var page = await client.GetStringAsync("/my/certificates");
        await site.WithAsync<bool, CertificateRevocation>(r => r.RevokeAsync(mine.Id, "Қате"));
        var download = await client.GetAsync($"/certificates/{mine.Id}/pdf");

        Assert.Contains("href=\"/my/certificates\"", account, StringComparison.Ordinal);
        Assert.Contains("Менің курсым", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Басқа курс", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Theory, Providers]
    public async Task Register_FiltersByStatusAndExportsCsv(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course);
        await site.GraduateAsync(course, "one@mektep.test", "Бірінші Түлек");
        await site.GraduateAsync(course, "two@mektep.test", "Екінші Түлек");
        var first = (await site.CertificatesAsync()).First();
        await site.WithAsync<bool, CertificateRevocation>(r => r.RevokeAsync(first.Id, "Қате"));
        var admin = await site.AdminClientAsync();

        var revoked = await admin.GetStringAsync("/admin/certificates?status=Revoked");
        var valid = await admin.GetStringAsync($"/admin/certificates?status=Valid&course={course.LocalizationSet}");
        var csv = await admin.GetAsync("/admin/certificates/register.csv?status=Valid");
        var xlsx = await admin.GetAsync("/admin/certificates/register.xlsx");

        Assert.Contains("Бірінші Түлек", revoked, StringComparison.Ordinal);
        Assert.DoesNotContain("Екінші Түлек", revoked, StringComparison.Ordinal);
        Assert.Contains("Екінші Түлек", valid, StringComparison.Ordinal);
        Assert.DoesNotContain("Бірінші Түлек", valid, StringComparison.Ordinal);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"Екінші Түлек\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Бірінші Түлек", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(Mektep.Certificates.CertificateEndpoints.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);
    }
}
