namespace Mektep.Initiatives.Models;

/// <summary>Where the money comes from; several at once. Stored as the flags' integer value.</summary>
[Flags]
public enum FundingSources
{
    None = 0,

    OwnFunds = 1,

    StateProgrammeLoans = 2,

    Investor = 4,

    Budget = 8,
}
