using Mektep.Content;
using Mektep.Courses.Models;

namespace Mektep.Courses.Indexes;

public sealed class LessonIndexProvider : ContentIndexProvider<LessonIndex>
{
    public override IEnumerable<LessonIndex> Map(ContentItem item)
        => item.ContentType == CourseTypes.Lesson
            ? [new LessonIndex { Title = item.DisplayText.Length > 1024 ? item.DisplayText[..1024] : item.DisplayText, EstimatedMinutes = item.As<LessonPart>().EstimatedMinutes }]
            : [];
}
