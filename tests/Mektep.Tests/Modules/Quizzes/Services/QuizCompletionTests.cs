using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Quizzes.Services;

public sealed class QuizCompletionTests
{
    [Theory, Providers]
    public async Task Submit_PassingTheRequiredQuiz_CompletesTheCourse(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var single = await site.Services.AddQuestionAsync(QuizTestData.Single());
        var quiz = await site.Services.NewQuizAsync(single);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Сабақ");
            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "kk";
            course.Apply(new TitlePart { Title = "Курс пен емтихан" });
            course.Apply(new CoursePart
            {
                SelfEnrollment = true,
                CompletionRule = CompletionRule.AllRequiredLessonsAndQuizzes,
                Sections =
                [
                    new CourseSection
                    {
                        Id = "s1",
                        Title = "Бөлім",
                        Items =
                        [
                            new CourseOutlineItem { ItemSet = lesson.LocalizationSet, ContentType = CourseTypes.Lesson },
                            new CourseOutlineItem { ItemSet = quiz.LocalizationSet, ContentType = QuizTypes.Quiz },
                        ],
                    },
                ],
            });
            return (await content.CreateAsync(course, publish: true), lesson);
        });
        var userId = await site.LearnerAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var learning = scope.ServiceProvider.GetRequiredService<LearningService>();
        await learning.EnrollAsync(userId, course.LocalizationSet, EnrollmentSources.Self);
        await learning.MarkDoneAsync(userId, course, lesson);
        var afterLesson = await learning.GetEnrollmentAsync(userId, course.LocalizationSet);
        var attempts = scope.ServiceProvider.Attempts();
        var (_, failing) = await attempts.StartAsync(userId, quiz);
        await attempts.SubmitAsync(userId, failing!.Id, new Dictionary<long, List<string>> { [single.Id] = [QuizTestData.SnapshotOf(failing).Questions[0].WrongOption()] });
        var afterFail = await learning.GetEnrollmentAsync(userId, course.LocalizationSet);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var outlineAfterFail = await learner.GetStringAsync($"/courses/{course.ContentItemId}");
        var (_, passing) = await attempts.StartAsync(userId, quiz);

        await attempts.SubmitAsync(userId, passing!.Id, new Dictionary<long, List<string>> { [single.Id] = [QuizTestData.SnapshotOf(passing).Questions[0].CorrectOption()] });
        var outlineAfterPass = await learner.GetStringAsync($"/courses/{course.ContentItemId}");

        Assert.Equal(EnrollmentStatus.Active, afterLesson!.Status);
        Assert.Equal(EnrollmentStatus.Active, afterFail!.Status);
        var enrollment = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Enrollment>().AsNoTracking()
            .SingleAsync(e => e.UserId == userId && e.CourseSet == course.LocalizationSet);
        Assert.Equal(EnrollmentStatus.Completed, enrollment.Status);
        Assert.Contains("class=\"outline-item quiz not-started\"", outlineAfterFail, StringComparison.Ordinal);
        Assert.Contains("class=\"outline-item quiz done\"", outlineAfterPass, StringComparison.Ordinal);
    }
}
