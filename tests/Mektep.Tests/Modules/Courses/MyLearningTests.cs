using System.Net;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class MyLearningTests
{
    [Theory, Providers]
    public async Task MyLearning_EnrolledCourseDueSoon_IsListedInProgressAndDue(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.Services.WithContentAsync(async content =>
        {
            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "en";
            course.Apply(new Mektep.Content.TitlePart { Title = "Land relations" });
            course.Apply(new CoursePart { DueUtc = DateTime.UtcNow.AddDays(5) });
            return await content.CreateAsync(course, publish: true);
        });
        var userId = await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LearningService>().EnrollAsync(userId, course.LocalizationSet, EnrollmentSources.Admin);
        }

        var client = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var html = await client.GetStringAsync("/my");

        Assert.Contains("Due soon", html);
        Assert.Contains("Land relations", html.Split("my-due-title")[^1].Split("my-progress-title")[0]);
        Assert.Contains("Land relations", html.Split("my-progress-title")[^1].Split("my-completed-title")[0]);
    }

    [Theory, Providers]
    public async Task MyLearning_Anonymous_IsSentToSignIn(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var response = await site.NewClient().GetAsync("/my");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }
}
