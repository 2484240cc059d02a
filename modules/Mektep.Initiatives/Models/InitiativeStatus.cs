namespace Mektep.Initiatives.Models;

public enum InitiativeStatus
{
    Draft,

    Submitted,

    Returned,

    Approved,
}
