namespace Mektep.Courses.Models;

public enum CourseLevel
{
    Beginner,
    Intermediate,
    Advanced,
}
