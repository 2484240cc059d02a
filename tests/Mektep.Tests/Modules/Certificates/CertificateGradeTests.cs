using Mektep.Certificates.Services;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Mektep.Tests.Modules.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Certificates;

public sealed class CertificateGradeTests
{
    [Theory, Providers]
    public async Task Completion_MinimumGrade_IssuesOnlyToLearnersAtOrAboveIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var quiz = await site.Services.NewQuizAsync("Емтихан", part => part.GradingMethod = GradingMethod.Highest);
        var course = await site.CourseAsync("Курс", alter: part => part.Sections[0].Items.Add(new CourseOutlineItem { ItemSet = quiz.LocalizationSet, ContentType = QuizTypes.Quiz, Required = false }));
        await site.TemplateAsync(course, alter: p => p.MinimumGrade = 70);
        var strong = await site.CreateUserAsync("strong@mektep.test");
        var weak = await site.CreateUserAsync("weak@mektep.test");
        await AttemptAsync(site, strong, quiz.LocalizationSet, 1, 60);
        await AttemptAsync(site, strong, quiz.LocalizationSet, 2, 85);
        await AttemptAsync(site, weak, quiz.LocalizationSet, 1, 50);

        foreach (var userId in new[] { strong, weak })
        {
            await site.AdminEnrollAsync(course, [userId]);
            foreach (var lesson in await site.LessonsAsync(course))
            {
                await site.MarkDoneAsync(userId, course, lesson);
            }
        }

        var certificate = Assert.Single(await site.CertificatesAsync());
        Assert.Equal(strong, certificate.UserId);
        Assert.Equal("85", CertificateIssuer.ReadSnapshot(certificate).Grade);
        var preview = await site.WithAsync<IssuancePreview, CertificateIssuer>(i => i.PreviewAsync(course.LocalizationSet, [strong, weak]));
        Assert.Equal(IssueOutcome.BelowMinimumGrade, preview.Rows.Single(r => r.Person.Id == weak).Outcome);
        Assert.Equal(50m, preview.Rows.Single(r => r.Person.Id == weak).Grade);
    }

    private static async Task AttemptAsync(SiteFactory site, string userId, string quizSet, int number, decimal percent)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        db.Add(new QuizAttempt
        {
            UserId = userId,
            QuizSet = quizSet,
            Number = number,
            StartedUtc = DateTime.UtcNow,
            SubmittedUtc = DateTime.UtcNow,
            Status = AttemptStatus.Graded,
            Score = percent,
            MaxScore = 100,
            Percent = percent,
            Passed = percent >= 50,
        });
        await db.SaveChangesAsync();
    }
}
