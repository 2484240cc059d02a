namespace Mektep.Courses.Models;

public static class EnrollmentSources
{
    public const string Self = "Self";
    public const string Admin = "Admin";
}
