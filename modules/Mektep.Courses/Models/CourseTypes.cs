namespace Mektep.Courses.Models;

/// <summary>Content type and part names the module defines.</summary>
public static class CourseTypes
{
    public const string Course = "Course";
    public const string Lesson = "Lesson";
    public const string MarkdownBodyPart = "MarkdownBodyPart";
}
