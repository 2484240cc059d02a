using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Courses.Models;

namespace Mektep.Tests.Modules.Courses;

/// <summary>The lesson body read from the stored part: directly when it has the declared shape, through the part otherwise.</summary>
public sealed class MarkdownBodyTests
{
    [Fact]
    public void Of_ReadsWhatSetWrote()
    {
        var lesson = new ContentItem { ContentType = CourseTypes.Lesson };

        MarkdownBody.Set(lesson, "Кооператив **мүшелердің** бірлестігі.");

        Assert.Equal("Кооператив **мүшелердің** бірлестігі.", MarkdownBody.Of(lesson));
    }

    [Fact]
    public void Of_StoredUnderAnotherCase_StillReadsIt()
    {
        // Imported JSON may spell the property in camel case; the part's reader takes any case, and so must this.
        var lesson = new ContentItem { ContentType = CourseTypes.Lesson };
        lesson.Content[CourseTypes.MarkdownBodyPart] = new JsonObject { ["markdown"] = "Жалпы жиналыс" };

        Assert.Equal("Жалпы жиналыс", MarkdownBody.Of(lesson));
    }

    [Fact]
    public void Of_NoBody_IsEmpty()
        => Assert.Equal("", MarkdownBody.Of(new ContentItem { ContentType = CourseTypes.Lesson }));
}
