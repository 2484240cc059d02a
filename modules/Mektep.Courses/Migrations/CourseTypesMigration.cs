using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Courses.Models;
using Mektep.Data;

namespace Mektep.Courses.Migrations;

/// <summary>Defines the Course and Lesson types. The Markdown body part comes from Mektep.Markdown (a manifest dependency).</summary>
public sealed class CourseTypesMigration(IContentDefinitionManager definitions) : DataMigration
{
    public override IReadOnlyList<Func<CancellationToken, Task>> Steps =>
    [
        async cancellationToken =>
        {
            await definitions.AlterTypeAsync(CourseTypes.Lesson, type =>
            {
                type.DisplayName = "Lesson";
                type.WithPart(nameof(TitlePart)).WithPart(nameof(LessonPart)).WithPart(CourseTypes.MarkdownBodyPart);
            }, cancellationToken);
            await definitions.AlterTypeAsync(CourseTypes.Course, type =>
            {
                type.DisplayName = "Course";
                type.WithPart(nameof(TitlePart)).WithPart(nameof(CoursePart)).WithPart(CourseTypes.MarkdownBodyPart);
            }, cancellationToken);
        },
    ];
}
