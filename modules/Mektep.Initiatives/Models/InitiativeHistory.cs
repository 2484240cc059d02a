namespace Mektep.Initiatives.Models;

/// <summary>One step of an initiative's life: who did what when, with the rubric scores and comment of a review.</summary>
public sealed class InitiativeHistory
{
    public long Id { get; set; }

    public long InitiativeId { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public HistoryAction Action { get; set; }

    public int? Feasibility { get; set; }

    public int? IncomeEffect { get; set; }

    public int? CostRealism { get; set; }

    public int? LocalResources { get; set; }

    public string? Comment { get; set; }
}
