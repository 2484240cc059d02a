using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Security;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

/// <summary>Learners placed in the test organisation tree, and quick reads of their enrollments.</summary>
internal static class EnrollmentTestData
{
    /// <summary>Creates a learner placed in a rural district (null: nowhere) and returns the id.</summary>
    public static async Task<string> LearnerAsync(this SiteFactory site, string email, int? ruralDistrictId, string? name = null)
    {
        var id = await site.CreateUserAsync(email, StandardRoles.Learner, name ?? email);
        if (ruralDistrictId is not null)
        {
            await OrganisationTestData.PlaceAsync(site, id, ruralDistrictId);
        }

        return id;
    }

    public static async Task<List<Enrollment>> EnrollmentsAsync(this SiteFactory site, ContentItem course)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Enrollment>().AsNoTracking()
            .Where(e => e.CourseSet == course.LocalizationSet).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Enrolls one person through the learning service, as the course page's Enroll does after its checks.</summary>
    public static async Task EnrollAsync(this SiteFactory site, string userId, ContentItem course)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LearningService>().EnrollAsync(userId, course.LocalizationSet, EnrollmentSources.Admin);
    }

    public static async Task<EnrollmentOutcome> AdminEnrollAsync(this SiteFactory site, ContentItem course, IReadOnlyCollection<string> userIds, string source = EnrollmentSources.Admin)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnrollmentAdministration>().EnrollAsync(course.LocalizationSet, userIds, source);
    }

    public static async Task MarkDoneAsync(this SiteFactory site, string userId, ContentItem course, ContentItem lesson)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LearningService>().MarkDoneAsync(userId, course, lesson);
    }

    public static async Task<ContentItem> CourseAsync(this SiteFactory site, string title, int lessons = 2, bool selfEnrollment = true, Action<CoursePart>? alter = null)
        => await site.Services.WithContentAsync(async content =>
        {
            var items = new List<ContentItem>();
            for (var i = 0; i < lessons; i++)
            {
                items.Add(await content.NewLessonAsync($"{title}: сабақ {i + 1}"));
            }

            var course = await content.NewCourseAsync(title, items, selfEnrollment: selfEnrollment);
            if (alter is null)
            {
                return course;
            }

            course.Alter(alter);
            return await content.PublishAsync(course);
        });

    public static async Task<IReadOnlyList<ContentItem>> LessonsAsync(this SiteFactory site, ContentItem course)
        => await site.Services.WithContentAsync(async content =>
        {
            var sets = course.As<CoursePart>().AllItems.Select(i => i.ItemSet).ToList();
            var lessons = new List<ContentItem>();
            foreach (var set in sets)
            {
                lessons.Add((await content.GetTranslationsAsync(set, VersionOptions.Published)).First());
            }

            return (IReadOnlyList<ContentItem>)lessons;
        });

    /// <summary>A cohort from March to May 2027, without members; returns its id.</summary>
    public static async Task<long> CohortAsync(this SiteFactory site, string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var (saved, _) = await scope.ServiceProvider.GetRequiredService<CohortAdministration>().SaveAsync(null, new CohortInput { Name = name, Start = new DateOnly(2027, 3, 1), End = new DateOnly(2027, 5, 31) });
        return saved!.Id;
    }
}
