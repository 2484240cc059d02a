namespace Mektep.Courses.Models;

/// <summary>How a learner came to be enrolled, as stored in <see cref="Enrollment.Source"/>.</summary>
public static class EnrollmentSources
{
    public const string Self = "Self";
    public const string Admin = "Admin";
    public const string Cohort = "Cohort";
    public const string Region = "Region";
    public const string District = "District";
    public const string Csv = "Csv";
}
