using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Courses.Editors;
using Mektep.Courses.Models;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace Mektep.Tests.Modules.Courses.Editors;

public sealed class PartBinderTests
{
    private static readonly IStringLocalizerFactory Localizers = new CoursesJsonLocalizerFactory();
    private static readonly StubMediaStore Media = new("courses/cover.jpg", "lessons/budget.pdf", "lessons/table.xlsx");

    [Theory]
    [InlineData("javascript:alert(1)", true)]
    [InlineData("ftp://example.org/video.mp4", true)]
    [InlineData("https://example.org/video", false)]
    [InlineData("", false)]
    public void LessonBinder_VideoUrl_AcceptsOnlyWebAddresses(string url, bool rejected)
    {
        var item = new ContentItem { ContentType = CourseTypes.Lesson };
        var errors = new Dictionary<string, string>();

        new LessonPartBinder(new StringLocalizer<LessonPartBinder>(Localizers), Media).Bind(item, Part(nameof(LessonPart)), Form(new()
        {
            ["p.EstimatedMinutes"] = "20",
            ["p.VideoUrl"] = url,
            ["p.CompletionMode"] = "DoneOnView",
        }), "p", errors);

        Assert.Equal(rejected, errors.ContainsKey("p.VideoUrl"));
        Assert.Equal(LessonCompletionMode.DoneOnView, item.As<LessonPart>().CompletionMode);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100000")]
    [InlineData("abc")]
    public void LessonBinder_MinutesOutOfRange_IsAnError(string minutes)
    {
        var errors = new Dictionary<string, string>();

        new LessonPartBinder(new StringLocalizer<LessonPartBinder>(Localizers), Media).Bind(new ContentItem(), Part(nameof(LessonPart)), Form(new()
        {
            ["p.EstimatedMinutes"] = minutes,
            ["p.CompletionMode"] = "MarkAsDone",
        }), "p", errors);

        Assert.True(errors.ContainsKey("p.EstimatedMinutes"));
    }

    [Fact]
    public void CourseBinder_ValidSettings_KeepsTheStoredOutline()
    {
        var item = new ContentItem { ContentType = CourseTypes.Course };
        item.Apply(new CoursePart { Sections = [new CourseSection { Id = "s1", Title = "Кіріспе" }] });
        var errors = new Dictionary<string, string>();

        new CoursePartBinder(new StringLocalizer<CoursePartBinder>(Localizers), Media).Bind(item, Part(nameof(CoursePart)), Form(new()
        {
            ["p.Summary"] = "Бюджет туралы",
            ["p.Level"] = "Advanced",
            ["p.EstimatedHours"] = "12",
            ["p.Tags"] = "қаржы, бюджет, Қаржы",
            ["p.SelfEnrollment"] = "true",
            ["p.StartUtc"] = "2026-12-01",
            ["p.EndUtc"] = "2026-12-31",
            ["p.CompletionRule"] = "AllRequiredLessons",
        }), "p", errors);

        var part = item.As<CoursePart>();
        Assert.Empty(errors);
        Assert.Equal(CourseLevel.Advanced, part.Level);
        Assert.Equal(["қаржы", "бюджет"], part.Tags);
        Assert.True(part.SelfEnrollment);
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), part.StartUtc);
        Assert.Equal("Кіріспе", Assert.Single(part.Sections).Title);
    }

    [Fact]
    public void CourseBinder_EndBeforeStartAndBadDate_AreErrors()
    {
        var errors = new Dictionary<string, string>();

        new CoursePartBinder(new StringLocalizer<CoursePartBinder>(Localizers), Media).Bind(new ContentItem(), Part(nameof(CoursePart)), Form(new()
        {
            ["p.Level"] = "Beginner",
            ["p.StartUtc"] = "2026-12-31",
            ["p.EndUtc"] = "2026-12-01",
            ["p.DueUtc"] = "31.12.2026",
            ["p.CompletionRule"] = "AllRequiredLessons",
        }), "p", errors);

        Assert.True(errors.ContainsKey("p.EndUtc"));
        Assert.True(errors.ContainsKey("p.DueUtc"));
    }

    [Theory]
    [InlineData("courses/cover.jpg", false)]
    [InlineData("", false)]
    [InlineData("courses/missing.jpg", true)]
    [InlineData("lessons/budget.pdf", true)]
    [InlineData("../courses/cover.jpg", true)]
    public void CourseBinder_CoverImage_MustBeAnImageInTheLibrary(string path, bool rejected)
    {
        var item = new ContentItem { ContentType = CourseTypes.Course };
        var errors = new Dictionary<string, string>();

        new CoursePartBinder(new StringLocalizer<CoursePartBinder>(Localizers), Media).Bind(item, Part(nameof(CoursePart)), Form(new()
        {
            ["p.Level"] = "Beginner",
            ["p.CompletionRule"] = "AllRequiredLessons",
            ["p.CoverImagePath"] = path,
            ["p.CoverImageAlt"] = "Ауыл әкімдігі",
        }), "p", errors);

        Assert.Equal(rejected, errors.ContainsKey("p.CoverImagePath"));
        Assert.Equal("Ауыл әкімдігі", item.As<CoursePart>().CoverImageAlt);
    }

    [Fact]
    public void LessonBinder_Attachments_ReadsPathAndTitleLines()
    {
        var item = new ContentItem { ContentType = CourseTypes.Lesson };
        var errors = new Dictionary<string, string>();

        new LessonPartBinder(new StringLocalizer<LessonPartBinder>(Localizers), Media).Bind(item, Part(nameof(LessonPart)), Form(new()
        {
            ["p.CompletionMode"] = "MarkAsDone",
            ["p.Attachments"] = "lessons/budget.pdf | Бюджет үлгісі\r\n\r\nlessons/table.xlsx",
        }), "p", errors);

        var part = item.As<LessonPart>();
        Assert.Empty(errors);
        Assert.Equal(["lessons/budget.pdf", "lessons/table.xlsx"], part.Attachments.Select(a => a.Path));
        Assert.Equal(["Бюджет үлгісі", ""], part.Attachments.Select(a => a.Title));
        Assert.Equal("lessons/budget.pdf | Бюджет үлгісі\nlessons/table.xlsx", LessonPartBinder.AttachmentLines(part));
    }

    [Theory]
    [InlineData("lessons/missing.pdf | Жоқ")]
    [InlineData("../secret.pdf")]
    public void LessonBinder_AttachmentNotInTheLibrary_IsAnError(string line)
    {
        var errors = new Dictionary<string, string>();

        new LessonPartBinder(new StringLocalizer<LessonPartBinder>(Localizers), Media).Bind(new ContentItem(), Part(nameof(LessonPart)), Form(new()
        {
            ["p.CompletionMode"] = "MarkAsDone",
            ["p.Attachments"] = line,
        }), "p", errors);

        Assert.True(errors.ContainsKey("p.Attachments"));
    }

    private static ContentTypePartDefinition Part(string name) => new() { Name = name, PartName = name };

    private static FormCollection Form(Dictionary<string, string> values)
        => new(values.ToDictionary(v => v.Key, v => new StringValues(v.Value)));
}
