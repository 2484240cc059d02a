using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Email;
using Mektep.Notifications.Models;
using Mektep.Reminders.Models;
using Mektep.Reminders.Services;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Certificates;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Reminders;

/// <summary>The welcome goes out with the enrollment; certificate mail has one owner, the certificates module.</summary>
public sealed class ReminderOwnershipTests
{
    [Theory, Providers]
    public async Task Welcome_OnEnrollment_IsQueuedWithItAndTheSweepAddsNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var ruleId = await site.OnlyRuleAsync(ReminderType.Welcome);
        var first = await site.CourseAsync("Ауыл бюджеті");
        var second = await site.CourseAsync("Кооперативтер");
        var learner = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);

        await site.AdminEnrollAsync(first, [learner]);
        await site.AdminEnrollAsync(first, [learner]); // enrolls nobody: no second welcome
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LearningService>().EnrollAsync(learner, second.LocalizationSet, EnrollmentSources.Self);
            await scope.ServiceProvider.GetRequiredService<LearningService>().EnrollAsync(learner, second.LocalizationSet, EnrollmentSources.Self);
        }

        var ledgerBeforeSweep = await site.LedgerAsync();
        var sweep = await site.SweepAsync();

        Assert.Equal(2, ledgerBeforeSweep.Count);
        Assert.All(ledgerBeforeSweep, e => Assert.Equal((ruleId, learner, ReminderStatus.Sent), (e.RuleId, e.UserId, e.Status)));
        Assert.Equal(2, sweep.Owed);
        Assert.Empty(sweep.Added);
        var mail = await site.OutboxAsync();
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Equal(ReminderKinds.Welcome, m.Kind));
        Assert.Contains(mail, m => m.Subject.Contains("Ауыл бюджеті", StringComparison.Ordinal));
        Assert.Contains(mail, m => m.Subject.Contains("Кооперативтер", StringComparison.Ordinal));
        Assert.Equal(2, (await site.NotificationsAsync(learner)).Count);
        Assert.Equal(2, (await site.LedgerAsync()).Count);
    }

    [Theory, Providers]
    public async Task Welcome_EnrollmentRolledBack_LeavesNoLedgerRowNoMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.OnlyRuleAsync(ReminderType.Welcome);
        var course = await site.CourseAsync("Ауыл бюджеті");
        var learner = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);

        var queuedInside = 0;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await scope.ServiceProvider.GetRequiredService<LearningService>().EnrollAsync(learner, course.LocalizationSet, EnrollmentSources.Self);
                queuedInside = await db.Set<OutboxMessage>().CountAsync(m => m.Kind == ReminderKinds.Welcome);
                await transaction.RollbackAsync();
            });
        }

        Assert.Equal(1, queuedInside);
        Assert.Empty(await site.LedgerAsync());
        Assert.Empty(await site.OutboxAsync());
        Assert.Empty(await site.NotificationsAsync(learner));
        Assert.Empty(await site.EnrollmentsAsync(course));
    }

    [Theory, Providers]
    public async Task CertificateMail_WithEveryReminderRuleOn_OneMailPerCertificateAndEvent(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Ауыл бюджеті");
        await site.TemplateAsync(course, alter: p => p.ValidityMonths = 12);
        var learner = await site.GraduateAsync(course, "aigul@mektep.test");
        var certificate = Assert.Single(await site.CertificatesAsync());
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Certificate>().Where(c => c.Id == certificate.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresUtc, DateTime.UtcNow.AddDays(10)));
        }

        await site.WithAsync<int, ExpiryReminders>(r => r.RemindAsync());
        await site.SweepAsync();
        await site.WithAsync<int, ExpiryReminders>(r => r.RemindAsync());
        await site.SweepAsync();

        var rules = await site.WithAsync<List<ReminderRule>, DbContext>(db => db.Set<ReminderRule>().AsNoTracking().ToListAsync());
        Assert.All(rules, r => Assert.True(r.Enabled));
        Assert.DoesNotContain(rules, r => r.Type.ToString().StartsWith("Certificate", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Services.GetServices<EmailKind>(), k => k.Name.StartsWith("reminders.certificate", StringComparison.Ordinal));
        var mail = await site.OutboxAsync(kindPrefix: "");
        var aboutTheCertificate = mail.Where(m => m.UserId == learner && (m.Kind.Contains("certificate", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Equal(2, aboutTheCertificate.Count);
        Assert.Single(aboutTheCertificate, m => m.Kind == CertificateMailer.Kind);
        Assert.Single(aboutTheCertificate, m => m.Kind == ExpiryReminders.Kind);
    }
}
