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

public sealed class PrerequisiteBinderTests
{
    private static readonly IStringLocalizerFactory Localizers = new CoursesJsonLocalizerFactory();

    [Fact]
    public void CourseBinder_Prerequisites_KeepsWellFormedSetsOnceAndNeverTheCourseItself()
    {
        var item = new ContentItem { ContentType = CourseTypes.Course, LocalizationSet = "ownset" };
        var errors = new Dictionary<string, string>();

        Bind(item, ["abc123", "abc123", "ownset", "bad set!", "def456"], errors);

        Assert.Empty(errors);
        Assert.Equal(["abc123", "def456"], item.As<CoursePart>().Prerequisites);
    }

    [Fact]
    public void CourseBinder_TooManyPrerequisites_IsAnError()
    {
        var errors = new Dictionary<string, string>();

        Bind(new ContentItem { ContentType = CourseTypes.Course }, [.. Enumerable.Range(0, CoursePart.MaxPrerequisites + 1).Select(i => $"set{i}")], errors);

        Assert.True(errors.ContainsKey("p.Prerequisites"));
    }

    private static void Bind(ContentItem item, string[] prerequisites, Dictionary<string, string> errors)
        => new CoursePartBinder(new StringLocalizer<CoursePartBinder>(Localizers), new StubMediaStore()).Bind(item, new ContentTypePartDefinition { Name = nameof(CoursePart), PartName = nameof(CoursePart) }, new FormCollection(new Dictionary<string, StringValues>
        {
            ["p.Level"] = "Beginner",
            ["p.CompletionRule"] = "AllRequiredLessons",
            ["p.Prerequisites"] = new StringValues(prerequisites),
        }), "p", errors);
}
