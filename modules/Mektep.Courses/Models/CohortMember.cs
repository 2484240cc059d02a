namespace Mektep.Courses.Models;

/// <summary>A learner in a cohort; one row per learner and cohort.</summary>
public sealed class CohortMember
{
    public long Id { get; set; }

    public long CohortId { get; set; }

    public string UserId { get; set; } = "";

    public DateTime AddedUtc { get; set; }
}
