namespace Mektep.Initiatives.Models;

public static class InitiativeTypes
{
    /// <summary>
    /// A practical assignment in a course outline: put one in a course and the course completes only once the
    /// learner's initiative for that course is approved.
    /// </summary>
    public const string InitiativeAssignment = "InitiativeAssignment";

    public const string MarkdownBodyPart = "MarkdownBodyPart";
}
