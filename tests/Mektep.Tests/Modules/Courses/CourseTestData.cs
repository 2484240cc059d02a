using Mektep.Content;
using Mektep.Courses.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Courses;

/// <summary>Courses and lessons created through the content manager, the way an editor's saves store them.</summary>
internal static class CourseTestData
{
    public static async Task<ContentItem> NewLessonAsync(this IContentManager content, string title, string culture = "kk", string body = "", bool publish = true, LessonCompletionMode mode = LessonCompletionMode.MarkAsDone)
    {
        var lesson = await content.NewAsync(CourseTypes.Lesson);
        lesson.Culture = culture;
        lesson.Apply(new TitlePart { Title = title });
        lesson.Apply(new LessonPart { EstimatedMinutes = 15, CompletionMode = mode });
        MarkdownBody.Set(lesson, body);
        return await content.CreateAsync(lesson, publish);
    }

    public static async Task<ContentItem> NewCourseAsync(
        this IContentManager content,
        string title,
        IEnumerable<ContentItem> lessons,
        string culture = "kk",
        bool publish = true,
        bool selfEnrollment = true,
        CourseLevel level = CourseLevel.Beginner,
        string summary = "",
        IEnumerable<string>? tags = null)
    {
        var course = await content.NewAsync(CourseTypes.Course);
        course.Culture = culture;
        course.Apply(new TitlePart { Title = title });
        course.Apply(new CoursePart
        {
            Summary = summary,
            Level = level,
            SelfEnrollment = selfEnrollment,
            Tags = [.. tags ?? []],
            Sections =
            [
                new CourseSection
                {
                    Id = "s1",
                    Title = "Кіріспе",
                    Items = [.. lessons.Select(l => new CourseOutlineItem { ItemSet = l.LocalizationSet, ContentType = CourseTypes.Lesson, Required = true })],
                },
            ],
        });
        MarkdownBody.Set(course, "Курс **сипаттамасы**.");
        return await content.CreateAsync(course, publish);
    }

    /// <summary>A Russian translation of an item, published.</summary>
    public static async Task<ContentItem> TranslateAsync(this IContentManager content, ContentItem item, string culture, string title)
    {
        var translation = await content.NewTranslationAsync(item.ContentItemId, culture);
        translation.Apply(new TitlePart { Title = title });
        return await content.CreateAsync(translation, publish: true);
    }

    public static async Task<T> WithContentAsync<T>(this IServiceProvider services, Func<IContentManager, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }
}
