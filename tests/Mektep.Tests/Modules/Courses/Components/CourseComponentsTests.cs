using System.Globalization;
using Bunit;
using Mektep.Content;
using Mektep.Courses.Components;
using Mektep.Courses.Indexes;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Courses.Components;

public sealed class CourseComponentsTests : BunitContext
{
    private static readonly LessonIndex Lesson1 = new() { ContentItemId = "l1", LocalizationSet = "set1", Title = "Бюджет негіздері" };
    private static readonly LessonIndex Lesson2 = new() { ContentItemId = "l2", LocalizationSet = "set2", Title = "Салықтар" };

    public CourseComponentsTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, CoursesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    [Theory]
    [InlineData("kk", "Бастауыш", "Сабақтар: 2")]
    [InlineData("ru", "Начальный", "Уроков: 2")]
    public void CourseCard_InCulture_ShowsTitleLevelAndLessonCount(string culture, string level, string lessons)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<CourseCard>(p => p.Add(c => c.Course, Course()).Add(c => c.Progress, 40));

        Assert.Equal("Жергілікті бюджет", cut.Find("h2 a").TextContent);
        Assert.Equal("/courses/c1", cut.Find("h2 a").GetAttribute("href"));
        Assert.Equal(level, cut.Find(".level").TextContent);
        Assert.Equal(lessons, cut.Find(".lessons").TextContent);
        Assert.Equal("40", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Theory]
    [InlineData("kk", "100% орындалды")]
    [InlineData("ru", "Выполнено 100%")]
    public void ProgressBar_OverHundred_IsClampedAndTranslated(string culture, string text)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<ProgressBar>(p => p.Add(c => c.Percent, 130));

        Assert.Equal("100", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Equal(text, cut.Find(".progress-text").TextContent);
    }

    [Theory]
    [InlineData("kk", "Өтілді", "Басталмаған")]
    [InlineData("ru", "Пройден", "Не начат")]
    public void CourseOutline_WithProgress_MarksDoneAndNotStartedLessons(string culture, string done, string notStarted)
    {
        using var _ = new UiCulture(culture);
        var course = Course();
        var progress = new CourseProgress(50, DateTime.UtcNow, "set2", new HashSet<string> { "set1" }, new HashSet<string> { "set1" });

        var cut = Render<CourseOutline>(p => p
            .Add(c => c.Part, course.As<CoursePart>())
            .Add(c => c.CourseId, course.ContentItemId)
            .Add(c => c.Lessons, new Dictionary<string, LessonIndex> { ["set1"] = Lesson1, ["set2"] = Lesson2 })
            .Add(c => c.Progress, progress)
            .Add(c => c.CurrentSet, "set2"));

        var items = cut.FindAll("li.lesson");
        Assert.Equal(2, items.Count);
        Assert.Contains("done", items[0].ClassList);
        Assert.Equal(done, items[0].QuerySelector(".status")!.TextContent);
        Assert.Equal(notStarted, items[1].QuerySelector(".status")!.TextContent);
        Assert.Equal("page", items[1].GetAttribute("aria-current"));
        Assert.Equal("/courses/c1/lessons/l2", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void CourseOutline_WithoutProgress_ShowsNoStatuses()
    {
        var course = Course();

        var cut = Render<CourseOutline>(p => p
            .Add(c => c.Part, course.As<CoursePart>())
            .Add(c => c.CourseId, course.ContentItemId)
            .Add(c => c.Lessons, new Dictionary<string, LessonIndex> { ["set1"] = Lesson1 }));

        Assert.Single(cut.FindAll("li.lesson"));
        Assert.Empty(cut.FindAll(".status"));
    }

    [Theory]
    [InlineData("kk", "Алдыңғы: Бюджет негіздері", "Курсқа оралу")]
    [InlineData("ru", "Назад: Бюджет негіздері", "Вернуться к курсу")]
    public void LessonNavigation_FirstLessonBefore_LinksPreviousAndCourse(string culture, string previous, string back)
    {
        using var _ = new UiCulture(culture);

        var cut = Render<LessonNavigation>(p => p.Add(c => c.CourseId, "c1").Add(c => c.Previous, Lesson1));

        Assert.Equal(previous, cut.Find("a[rel=prev]").TextContent);
        Assert.Equal("/courses/c1/lessons/l1", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal(back, cut.Find("a.course").TextContent);
        Assert.Empty(cut.FindAll("a[rel=next]"));
    }

    private static ContentItem Course()
    {
        var course = new ContentItem { ContentItemId = "c1", ContentType = CourseTypes.Course, DisplayText = "Жергілікті бюджет", Culture = "kk", LocalizationSet = "cs" };
        course.Apply(new CoursePart
        {
            Level = CourseLevel.Beginner,
            Sections =
            [
                new CourseSection
                {
                    Id = "s1",
                    Title = "Кіріспе",
                    Items = [new CourseOutlineItem { ItemSet = "set1" }, new CourseOutlineItem { ItemSet = "set2" }],
                },
            ],
        });
        return course;
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _previousFormat = CultureInfo.CurrentCulture;

        public UiCulture(string culture)
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            CultureInfo.CurrentCulture = new CultureInfo(culture);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _previous;
            CultureInfo.CurrentCulture = _previousFormat;
        }
    }
}
