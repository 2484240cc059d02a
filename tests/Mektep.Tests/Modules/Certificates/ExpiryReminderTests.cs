using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Data;
using Mektep.Notifications.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Certificates;

public sealed class ExpiryReminderTests
{
    [Theory, Providers]
    public async Task Remind_CertificateExpiringSoon_MailsOnceEvenWhenRunTwice(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        await site.TemplateAsync(course, alter: p => p.ValidityMonths = 12);
        await site.GraduateAsync(course, "soon@mektep.test");
        await site.GraduateAsync(course, "later@mektep.test");
        var soon = (await site.CertificatesAsync()).First();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Certificate>().Where(c => c.Id == soon.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresUtc, DateTime.UtcNow.AddDays(10)));
        }

        var first = await site.WithAsync<int, ExpiryReminders>(r => r.RemindAsync());
        var second = await site.WithAsync<int, ExpiryReminders>(r => r.RemindAsync());

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        await using var check = site.Services.CreateAsyncScope();
        var mail = await check.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == ExpiryReminders.Kind).ToListAsync();
        Assert.Equal("soon@mektep.test", Assert.Single(mail).ToAddress);
    }
}
