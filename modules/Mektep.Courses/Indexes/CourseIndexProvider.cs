using Mektep.Content;
using Mektep.Courses.Models;

namespace Mektep.Courses.Indexes;

public sealed class CourseIndexProvider : ContentIndexProvider<CourseIndex>
{
    public override IEnumerable<CourseIndex> Map(ContentItem item)
    {
        if (item.ContentType != CourseTypes.Course)
        {
            return [];
        }

        var part = item.As<CoursePart>();
        var tags = part.Tags.Count == 0 ? "" : string.Concat(part.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct().Select(t => "|" + t)) + "|";
        return [new CourseIndex { Title = Truncate(item.DisplayText), Level = part.Level.ToString(), SelfEnrollment = part.SelfEnrollment, Tags = tags }];
    }

    private static string Truncate(string text) => text.Length > 1024 ? text[..1024] : text;
}
