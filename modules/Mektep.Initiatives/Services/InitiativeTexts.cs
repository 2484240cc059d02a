using Mektep.Initiatives.Models;
using Microsoft.Extensions.Localization;

namespace Mektep.Initiatives.Services;

/// <summary>Sectors, statuses and funding sources in the current culture.</summary>
public sealed class InitiativeTexts(IStringLocalizer<InitiativeTexts> t)
{
    public string SectorText(InitiativeSector sector) => sector switch
    {
        InitiativeSector.Agriculture => t["Agriculture"],
        InitiativeSector.Processing => t["Processing"],
        InitiativeSector.Cooperative => t["Cooperative"],
        InitiativeSector.Tourism => t["Tourism"],
        InitiativeSector.Infrastructure => t["Infrastructure"],
        InitiativeSector.Services => t["Services"],
        _ => t["Other"],
    };

    public string StatusText(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Submitted => t["Submitted"],
        InitiativeStatus.Returned => t["Returned for changes"],
        InitiativeStatus.Approved => t["Approved"],
        _ => t["Draft"],
    };

    public string FundingText(FundingSources funding) => string.Join(", ", Enum.GetValues<FundingSources>()
        .Where(f => f != FundingSources.None && funding.HasFlag(f))
        .Select(f => f switch
        {
            FundingSources.OwnFunds => t["Own funds"].Value,
            FundingSources.StateProgrammeLoans => t["State programme loans"].Value,
            FundingSources.Investor => t["Investor"].Value,
            _ => t["Budget"].Value,
        }));
}
