namespace Mektep.Initiatives.Services;

/// <summary>A reviewer's form: rubric scores (1-5) as posted, the comment and the decision.</summary>
public sealed class ReviewInput
{
    public string? Feasibility { get; set; }

    public string? IncomeEffect { get; set; }

    public string? CostRealism { get; set; }

    public string? LocalResources { get; set; }

    public string? Comment { get; set; }

    /// <summary>"return" or "approve".</summary>
    public string? Action { get; set; }
}
