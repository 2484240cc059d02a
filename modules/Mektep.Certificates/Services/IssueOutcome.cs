namespace Mektep.Certificates.Services;

/// <summary>Whether a learner gets a certificate, or why not.</summary>
public enum IssueOutcome
{
    Issued,
    WillIssue,
    AlreadyIssued,
    NotCompleted,
    NotEnrolled,
    BelowMinimumGrade,
    NoGrade,
    NoTemplate,
    UnknownLearner,
    UnknownCourse,
}
