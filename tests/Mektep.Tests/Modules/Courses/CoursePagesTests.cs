using System.Net;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Courses;

public sealed class CoursePagesTests
{
    [Theory, Providers]
    public async Task CoursePage_Draft_IsNotFoundForLearnerAndVisibleInEditorPreview(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Бюджет негіздері");
            return await content.NewCourseAsync("Жергілікті бюджет", [lesson], publish: false);
        });
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var admin = await site.AdminClientAsync();

        var asLearner = await learner.GetAsync($"/courses/{course.ContentItemId}");
        var asLearnerPreview = await learner.GetAsync($"/courses/{course.ContentItemId}?preview=true");
        var asEditorPreview = await admin.GetAsync($"/courses/{course.ContentItemId}?preview=true");

        Assert.Equal(HttpStatusCode.NotFound, asLearner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asLearnerPreview.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asEditorPreview.StatusCode);
        Assert.Contains("Бюджет негіздері", await asEditorPreview.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task CoursePage_Published_ShowsOutlineAndDescription(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Бюджет негіздері");
            return (await content.NewCourseAsync("Жергілікті бюджет", [lesson]), lesson);
        });

        var response = await site.NewClient().GetAsync($"/courses/{course.ContentItemId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Жергілікті бюджет", html);
        Assert.Contains("<strong>сипаттамасы</strong>", html);
        Assert.Contains($"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}", html);
    }

    [Theory, Providers]
    public async Task LessonPage_DraftLessonInPublishedCourse_IsNotFound(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Жоба сабақ", publish: false);
            return (await content.NewCourseAsync("Курс", [lesson]), lesson);
        });

        var response = await site.NewClient().GetAsync($"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory, Providers]
    public async Task Catalogue_FilterByLevelAndKazakhText_ShowsOnlyMatchingCourses(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.WithContentAsync(async content =>
        {
            await content.NewCourseAsync("Ауыл шаруашылығы кооперативтері", [], level: CourseLevel.Beginner, summary: "Кооператив құру жолдары", tags: ["ауыл"]);
            await content.NewCourseAsync("Бюджетті жоспарлау", [], level: CourseLevel.Advanced, summary: "Жергілікті бюджет және салықтар", tags: ["қаржы"]);
            await content.NewCourseAsync("Бюджет ашықтығы", [], level: CourseLevel.Beginner, summary: "Азаматтық бюджет", tags: ["қаржы"]);
            await content.NewCourseAsync("Бюджет (орысша)", [], culture: "ru", level: CourseLevel.Beginner);
            await content.NewCourseAsync("Бюджет жобасы", [], publish: false);
            return 0;
        });
        var client = site.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");

        var byText = await client.GetStringAsync("/courses?q=" + Uri.EscapeDataString("бюджет"));
        var byTextAndLevel = await client.GetStringAsync("/courses?level=Beginner&q=" + Uri.EscapeDataString("бюджет"));
        var byTag = await client.GetStringAsync("/courses?tag=" + Uri.EscapeDataString("Ауыл"));

        Assert.Contains("Бюджетті жоспарлау", byText);
        Assert.Contains("Бюджет ашықтығы", byText);
        Assert.DoesNotContain("кооперативтері", byText);
        Assert.DoesNotContain("орысша", byText);
        Assert.DoesNotContain("Бюджет жобасы", byText);
        Assert.Contains("Бюджет ашықтығы", byTextAndLevel);
        Assert.DoesNotContain("Бюджетті жоспарлау", byTextAndLevel);
        Assert.Contains("Ауыл шаруашылығы кооперативтері", byTag);
        Assert.DoesNotContain("Бюджет", byTag.Split("course-list")[^1]);
    }
}
