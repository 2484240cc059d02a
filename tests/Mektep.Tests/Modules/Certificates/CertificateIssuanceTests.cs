using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Data;
using Mektep.Notifications.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Certificates;

public sealed class CertificateIssuanceTests
{
    [Theory, Providers]
    public async Task Completion_CourseWithTemplate_IssuesOneCertificateAndMailsThePdf(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Ауыл бюджеті");
        await site.TemplateAsync(course);

        var userId = await site.GraduateAsync(course, "aliya@mektep.test", CertificateTestData.KazakhName);

        var certificate = Assert.Single(await site.CertificatesAsync());
        Assert.Equal(userId, certificate.UserId);
        Assert.Equal(CertificateSources.Completion, certificate.Source);
        Assert.Equal(CertificateTestData.KazakhName, certificate.LearnerName);
        Assert.Equal("Ауыл бюджеті", certificate.CourseTitle);
        Assert.Matches(@"^\d{4}-000001$", certificate.Number);
        Assert.Matches("^[A-Z2-7]{20}$", certificate.VerificationCode);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var mail = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Kind == CertificateMailer.Kind);
        Assert.Contains(certificate.Number + ".pdf", mail.AttachmentsJson, StringComparison.Ordinal);
        Assert.Equal("aliya@mektep.test", mail.ToAddress);
    }

    [Theory, Providers]
    public async Task Completion_TemplateNotIssuedOnCompletion_IssuesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.IssueOnCompletion = false);

        await site.GraduateAsync(course, "a@mektep.test");

        Assert.Empty(await site.CertificatesAsync());
    }

    [Theory, Providers]
    public async Task Completion_GradeRequiredButCourseHasNone_IssuesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.MinimumGrade = 70);

        await site.GraduateAsync(course, "a@mektep.test");

        Assert.Empty(await site.CertificatesAsync());
    }

    [Theory, Providers]
    public async Task Manual_OneLearnerWhoHasNotCompleted_IssuesAndAuditsOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course);
        var userId = await site.CreateUserAsync("a@mektep.test", Mektep.Security.StandardRoles.Learner, CertificateTestData.KazakhName);

        var first = await site.IssueAsync(course, userId);
        var second = await site.IssueAsync(course, userId);

        Assert.Equal(IssueOutcome.Issued, first.Outcome);
        Assert.Equal(IssueOutcome.AlreadyIssued, second.Outcome);
        Assert.Single(await site.CertificatesAsync());
        await using var scope = site.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<Mektep.Engine.Audit.AuditTrail>().SearchAsync(new(Category: CertificateIssuer.AuditCategory));
        var entry = Assert.Single(audit.Events);
        Assert.Equal(CertificateIssuer.IssuedAction, entry.Action);
        Assert.Equal(first.Certificate!.Number, entry.SubjectId);
    }

    [Theory, Providers]
    public async Task Manual_CourseWithoutTemplate_SaysSo(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        var userId = await site.CreateUserAsync("a@mektep.test");

        var result = await site.IssueAsync(course, userId);

        Assert.Equal(IssueOutcome.NoTemplate, result.Outcome);
        Assert.Empty(await site.CertificatesAsync());
    }

    [Theory, Providers]
    public async Task Bulk_MixedLearners_PreviewExplainsAndIssueGivesOnlyGraduates(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.IssueOnCompletion = false);
        var graduate = await site.GraduateAsync(course, "graduate@mektep.test");
        var holder = await site.GraduateAsync(course, "holder@mektep.test");
        await site.IssueAsync(course, holder, requireCompletion: true);
        var student = await site.CreateUserAsync("student@mektep.test");
        await site.AdminEnrollAsync(course, [student]);
        var stranger = await site.CreateUserAsync("stranger@mektep.test");
        string[] everyone = [graduate, holder, student, stranger, "no-such-user"];

        var preview = await site.WithAsync<IssuancePreview, CertificateIssuer>(i => i.PreviewAsync(course.LocalizationSet, everyone));
        var issued = await site.WithAsync<IReadOnlyList<Certificate>, CertificateIssuer>(i => i.IssueBulkAsync(course.LocalizationSet, everyone));
        var again = await site.WithAsync<IReadOnlyList<Certificate>, CertificateIssuer>(i => i.IssueBulkAsync(course.LocalizationSet, everyone));

        var outcomes = preview.Rows.ToDictionary(r => r.Person.Id, r => r.Outcome);
        Assert.Equal(IssueOutcome.WillIssue, outcomes[graduate]);
        Assert.Equal(IssueOutcome.AlreadyIssued, outcomes[holder]);
        Assert.Equal(IssueOutcome.NotCompleted, outcomes[student]);
        Assert.Equal(IssueOutcome.NotEnrolled, outcomes[stranger]);
        Assert.Equal(1, preview.UnknownCount);
        Assert.Equal(graduate, Assert.Single(issued).UserId);
        Assert.Empty(again);
        Assert.Equal(2, (await site.CertificatesAsync()).Count);
    }

    [Theory, Providers]
    public async Task Bulk_ThroughThePage_PreviewThenIssue(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.IssueOnCompletion = false);
        await site.GraduateAsync(course, "graduate@mektep.test");
        await site.CreateUserAsync("student@mektep.test");
        var admin = await site.AdminClientAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Course"] = course.LocalizationSet,
            ["Input.Mode"] = "list",
            ["Input.List"] = "graduate@mektep.test\nstudent@mektep.test\nnobody@mektep.test",
            ["Input.Culture"] = "kk",
            ["Input.Action"] = "preview",
        };

        var preview = await (await admin.PostFormAsync("/admin/certificates/issue", "issue", fields)).Content.ReadAsStringAsync();
        Assert.Empty(await site.CertificatesAsync());
        fields["Input.Action"] = "issue";
        var issued = await (await admin.PostFormAsync("/admin/certificates/issue", "issue", fields)).Content.ReadAsStringAsync();

        Assert.Contains("data-outcome=\"WillIssue\"", preview, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"NotEnrolled\"", preview, StringComparison.Ordinal);
        Assert.Contains("nobody@mektep.test", preview, StringComparison.Ordinal);
        Assert.Contains("Issued 1 certificates.", issued, StringComparison.Ordinal);
        Assert.Single(await site.CertificatesAsync());
    }

    [Theory, Providers]
    public async Task Issue_ManyConcurrentRequestsForOneLearner_IssueExactlyOne(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.IssueOnCompletion = false);
        var userId = await site.GraduateAsync(course, "a@mektep.test");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => site.IssueAsync(course, userId, requireCompletion: true))));

        Assert.Single(results, r => r.Outcome == IssueOutcome.Issued);
        Assert.All(results.Where(r => r.Outcome != IssueOutcome.Issued), r => Assert.Equal(IssueOutcome.AlreadyIssued, r.Outcome));
        Assert.Single(await site.CertificatesAsync());
    }

    [Theory, Providers]
    public async Task Issue_ConcurrentLearners_GetDistinctSequentialNumbers(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.IssueOnCompletion = false);
        var users = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            users.Add(await site.CreateUserAsync($"l{i}@mektep.test"));
        }

        await Task.WhenAll(users.Select(u => Task.Run(() => site.IssueAsync(course, u))));

        var numbers = (await site.CertificatesAsync()).Select(c => c.Number[5..]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["000001", "000002", "000003", "000004", "000005"], numbers);
    }

    [Theory, Providers]
    public async Task UniqueIndex_SecondActiveCertificateInserted_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        Certificate Row(string number, DateTime? revoked) => new()
        {
            Number = number,
            VerificationCode = VerificationCodes.New(),
            UserId = "u",
            CourseSet = "c",
            TemplateItemId = "t",
            Culture = "kk",
            IssuedUtc = DateTime.UtcNow,
            CompletedUtc = DateTime.UtcNow,
            RevokedUtc = revoked,
            RevokedReason = revoked is null ? null : "x",
        };
        db.AddRange(Row("2026-000001", DateTime.UtcNow), Row("2026-000002", DateTime.UtcNow), Row("2026-000003", null));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.Add(Row("2026-000004", null));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, Providers]
    public async Task Snapshot_CourseRenamedAfterIssue_CertificateKeepsTheOldTitle(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Бірінші атау");
        await site.TemplateAsync(course);
        await site.GraduateAsync(course, "a@mektep.test");

        await site.Services.WithContentAsync(async content =>
        {
            var latest = (await content.GetAsync(course.ContentItemId, Mektep.Content.VersionOptions.Latest))!;
            latest.Apply(new Mektep.Content.TitlePart { Title = "Жаңа атау" });
            return await content.PublishAsync(latest);
        });

        var certificate = Assert.Single(await site.CertificatesAsync());
        Assert.Equal("Бірінші атау", certificate.CourseTitle);
        Assert.Equal("Бірінші атау", CertificateIssuer.ReadSnapshot(certificate).CourseTitle);
    }
}
