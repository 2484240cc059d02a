using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Content;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Certificates;

/// <summary>Courses with a certificate template, learners who complete them, and quick reads of certificates.</summary>
internal static class CertificateTestData
{
    public const string KazakhName = "Әлия Нұрланқызы Жұмағұлова";

    public static async Task<ContentItem> TemplateAsync(this SiteFactory site, ContentItem course, string culture = "kk", string title = "Сертификат", Action<CertificateTemplatePart>? alter = null)
        => await site.Services.WithContentAsync(async content =>
        {
            var template = await content.NewAsync(CertificateTypes.CertificateTemplate);
            template.Culture = culture;
            template.Apply(new TitlePart { Title = title });
            var part = new CertificateTemplatePart
            {
                CourseSet = course.LocalizationSet,
                Body = "{{ learner_name }}\n«{{ course_title }}» курсын {{ completion_date }} аяқтады, {{ hours }} сағат.\n{{ region }}",
                Signatories = [new Signatory { Name = "Б. Тоқаев", Position = "Директор" }],
            };
            alter?.Invoke(part);
            template.Apply(part);
            return await content.CreateAsync(template, publish: true);
        });

    /// <summary>A learner enrolled in the course who marked every lesson done (so the course completed).</summary>
    public static async Task<string> GraduateAsync(this SiteFactory site, ContentItem course, string email, string? name = null)
    {
        var userId = await site.CreateUserAsync(email, Mektep.Security.StandardRoles.Learner, name ?? email);
        await site.AdminEnrollAsync(course, [userId]);
        foreach (var lesson in await site.LessonsAsync(course))
        {
            await site.MarkDoneAsync(userId, course, lesson);
        }

        return userId;
    }

    /// <summary>A course with a certificate template and one graduate of it: the graduate's certificate.</summary>
    public static async Task<Certificate> CertifiedGraduateAsync(this SiteFactory site, string courseTitle, string email, string? name = null)
    {
        var course = await site.CourseAsync(courseTitle);
        await site.TemplateAsync(course);
        await site.GraduateAsync(course, email, name);
        return Assert.Single(await site.CertificatesAsync());
    }

    public static async Task<List<Certificate>> CertificatesAsync(this SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Certificate>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    public static async Task<T> WithAsync<T, TService>(this SiteFactory site, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<IssueResult> IssueAsync(this SiteFactory site, ContentItem course, string userId, bool requireCompletion = false)
        => site.WithAsync<IssueResult, CertificateIssuer>(issuer => issuer.IssueAsync(course.LocalizationSet, userId, CertificateSources.Manual, "kk", requireCompletion));
}
