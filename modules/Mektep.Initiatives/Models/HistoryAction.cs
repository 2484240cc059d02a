namespace Mektep.Initiatives.Models;

public enum HistoryAction
{
    Created,

    Saved,

    Submitted,

    Returned,

    Approved,
}
