namespace Mektep.Courses.Models;

/// <summary>A titled group of lessons (and later quizzes) in a course, in order.</summary>
public sealed class CourseSection
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public List<CourseOutlineItem> Items { get; set; } = [];
}
