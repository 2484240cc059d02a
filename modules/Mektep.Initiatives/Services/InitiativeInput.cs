using Mektep.Initiatives.Models;

namespace Mektep.Initiatives.Services;

/// <summary>The learner's form exactly as typed: numbers stay text so that nothing is lost when one is wrong.</summary>
public sealed class InitiativeInput
{
    public string? Title { get; set; }

    public string? Sector { get; set; }

    public string? CourseSet { get; set; }

    public string? Description { get; set; }

    public string? Cost { get; set; }

    public string? Jobs { get; set; }

    public string? Income { get; set; }

    public bool OwnFunds { get; set; }

    public bool StateProgrammeLoans { get; set; }

    public bool Investor { get; set; }

    public bool Budget { get; set; }

    public string? Participants { get; set; }

    /// <summary>yyyy-MM, as an &lt;input type="month"&gt; sends it.</summary>
    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Action { get; set; }

    public FundingSources Funding => (OwnFunds ? FundingSources.OwnFunds : 0) | (StateProgrammeLoans ? FundingSources.StateProgrammeLoans : 0)
        | (Investor ? FundingSources.Investor : 0) | (Budget ? FundingSources.Budget : 0);

    public static InitiativeInput From(Initiative initiative) => new()
    {
        Title = initiative.Title,
        Sector = initiative.Sector.ToString(),
        CourseSet = initiative.CourseSet,
        Description = initiative.Description,
        Cost = TengeNumbers.Format(initiative.CostTenge),
        Jobs = TengeNumbers.Format(initiative.Jobs),
        Income = TengeNumbers.Format(initiative.AnnualIncomeTenge),
        OwnFunds = initiative.Funding.HasFlag(FundingSources.OwnFunds),
        StateProgrammeLoans = initiative.Funding.HasFlag(FundingSources.StateProgrammeLoans),
        Investor = initiative.Funding.HasFlag(FundingSources.Investor),
        Budget = initiative.Funding.HasFlag(FundingSources.Budget),
        Participants = initiative.Participants,
        Start = initiative.StartMonth == 0 ? null : Months.Format(initiative.StartMonth),
        End = initiative.EndMonth == 0 ? null : Months.Format(initiative.EndMonth),
    };
}
