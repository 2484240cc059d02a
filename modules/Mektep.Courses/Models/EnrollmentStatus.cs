namespace Mektep.Courses.Models;

public enum EnrollmentStatus
{
    Active,
    Unenrolled,
    Completed,
}
