using System.Globalization;
using Bunit;
using Mektep.Courses.Components;
using Mektep.Courses.Models;
using Mektep.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Courses.Components;

public sealed class CourseMediaComponentsTests : BunitContext
{
    public CourseMediaComponentsTests()
    {
        Services.AddSingleton<IStringLocalizerFactory, CoursesJsonLocalizerFactory>();
        Services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    [Theory]
    [InlineData("kk", "Тіркемелер", "(PDF, 1,2 МБ)", "(XLSX, 820 КБ)")]
    [InlineData("ru", "Вложения", "(PDF, 1,2 МБ)", "(XLSX, 820 КБ)")]
    [InlineData("en", "Attachments", "(PDF, 1.2 MB)", "(XLSX, 820 KB)")]
    public void LessonAttachments_InCulture_ShowTitleTypeAndHumanSize(string culture, string heading, string pdf, string xlsx)
    {
        using var _ = new Culture(culture);
        (LessonAttachment, MediaFileInfo)[] files =
        [
            (new LessonAttachment { Path = "lessons/budget.pdf", Title = "Бюджет үлгісі" }, new MediaFileInfo("lessons/budget.pdf", 1_258_291, "application/pdf", DateTimeOffset.UnixEpoch)),
            (new LessonAttachment { Path = "lessons/кесте.xlsx" }, new MediaFileInfo("lessons/кесте.xlsx", 820 * 1024, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DateTimeOffset.UnixEpoch)),
        ];

        var cut = Render<LessonAttachments>(p => p.Add(c => c.Files, files));

        var items = cut.FindAll("li");
        Assert.Equal(heading, cut.Find("h2").TextContent);
        Assert.Equal("Бюджет үлгісі", items[0].QuerySelector("a")!.TextContent);
        Assert.Equal("/media/lessons/budget.pdf", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(pdf, items[0].QuerySelector(".file-facts")!.TextContent);
        Assert.Equal("кесте.xlsx", items[1].QuerySelector("a")!.TextContent);
        Assert.Equal("/media/lessons/%D0%BA%D0%B5%D1%81%D1%82%D0%B5.xlsx", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(xlsx, items[1].QuerySelector(".file-facts")!.TextContent);
    }

    [Fact]
    public void LessonAttachments_None_RendersNothing()
    {
        var cut = Render<LessonAttachments>(p => p.Add(c => c.Files, []));

        Assert.Empty(cut.Markup.Trim());
    }

    [Theory]
    [InlineData("courses/cover.jpg", true)]
    [InlineData("lessons/budget.pdf", false)]
    [InlineData("../cover.jpg", false)]
    [InlineData(null, false)]
    public void CourseCover_OnlySafeImagePaths_RenderALazyImage(string? path, bool shown)
    {
        var cut = Render<CourseCover>(p => p.Add(c => c.Part, new CoursePart { CoverImagePath = path, CoverImageAlt = "Ауыл" }));

        var images = cut.FindAll("img");
        Assert.Equal(shown, images.Count == 1);
        if (shown)
        {
            Assert.Equal("/media/courses/cover.jpg", images[0].GetAttribute("src"));
            Assert.Equal("Ауыл", images[0].GetAttribute("alt"));
            Assert.Equal("lazy", images[0].GetAttribute("loading"));
            Assert.Equal("480", images[0].GetAttribute("width"));
            Assert.Equal("270", images[0].GetAttribute("height"));
        }
    }

    private sealed class Culture : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _format = CultureInfo.CurrentCulture;

        public Culture(string culture)
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            CultureInfo.CurrentCulture = new CultureInfo(culture);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _ui;
            CultureInfo.CurrentCulture = _format;
        }
    }
}
