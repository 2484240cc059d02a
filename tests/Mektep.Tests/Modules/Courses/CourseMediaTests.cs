using System.Net;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Media;
using Mektep.Tests.Engine.Media;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

public sealed class CourseMediaTests
{
    [Theory, Providers]
    public async Task LessonPage_WithAttachments_ListsExistingFilesWithTypeAndSize(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var store = site.Services.GetRequiredService<IMediaStore>();
        var folder = await store.CreateFolderAsync("", "lessons");
        await store.SaveAsync(folder, "budget.pdf", new MemoryStream(MediaSamples.Pdf(1536)));
        var (course, lesson) = await site.Services.WithContentAsync(async content =>
        {
            var lesson = await content.NewLessonAsync("Бюджет негіздері");
            lesson.Apply(new LessonPart
            {
                EstimatedMinutes = 15,
                Attachments = [new LessonAttachment { Path = "lessons/budget.pdf", Title = "Бюджет үлгісі" }, new LessonAttachment { Path = "lessons/deleted.pdf", Title = "Жойылған" }],
            });
            lesson = await content.PublishAsync(lesson);
            return (await content.NewCourseAsync("Жергілікті бюджет", [lesson]), lesson);
        });
        var client = site.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");

        var response = await client.GetAsync($"/courses/{course.ContentItemId}/lessons/{lesson.ContentItemId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Тіркемелер", html);
        Assert.Contains("href=\"/media/lessons/budget.pdf\"", html);
        Assert.Contains("Бюджет үлгісі", html);
        Assert.Contains("(PDF, 1,5 КБ)", html);
        Assert.DoesNotContain("Жойылған", html);
    }

    [Theory, Providers]
    public async Task CatalogueAndCoursePage_CourseWithCover_ShowTheImage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var store = site.Services.GetRequiredService<IMediaStore>();
        await store.SaveAsync("", "cover.png", new MemoryStream(MediaSamples.Png()));
        var course = await site.Services.WithContentAsync(async content =>
        {
            var course = await content.NewCourseAsync("Ауыл шаруашылығы", []);
            var part = course.As<CoursePart>();
            part.CoverImagePath = "cover.png";
            part.CoverImageAlt = "Егістік алқабы";
            course.Apply(part);
            return await content.PublishAsync(course);
        });
        var client = site.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");

        var catalogue = await client.GetStringAsync("/courses");
        var page = await client.GetStringAsync($"/courses/{course.ContentItemId}");

        Assert.Contains("src=\"/media/cover.png\" alt=\"Егістік алқабы\"", catalogue);
        Assert.Contains("loading=\"lazy\"", catalogue);
        Assert.Contains("src=\"/media/cover.png\" alt=\"Егістік алқабы\"", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/cover.png")).StatusCode);
    }
}
