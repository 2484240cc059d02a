namespace Mektep.Courses.Services;

/// <summary>The "enroll learners" form: the action (<c>preview:mode</c> or <c>confirm:mode</c>) and each mode's choice.</summary>
public sealed class EnrollInput
{
    public string? Action { get; set; }

    public string? UserId { get; set; }

    public string? CohortId { get; set; }

    public string? RegionId { get; set; }

    public string? DistrictId { get; set; }

    public string? Csv { get; set; }

    /// <summary>yyyy-MM-dd; empty keeps the course's due date (a cohort's end date for a course without one).</summary>
    public string? Due { get; set; }
}

/// <summary>A form whose buttons say what to do to which row (<c>due:12</c>, <c>unenroll:12</c>).</summary>
public sealed class RowActionInput
{
    public string? Action { get; set; }
}
