namespace Mektep.Initiatives.Services;

public enum InitiativeOutcome
{
    Saved,

    Submitted,

    Returned,

    Approved,

    /// <summary>The form has errors; nothing was stored.</summary>
    Invalid,

    /// <summary>No such initiative, or not the caller's.</summary>
    NotFound,

    /// <summary>The initiative's status does not allow the step (edit a submitted one, review a draft).</summary>
    WrongStatus,
}

/// <summary>What a save or a review did, with the errors per field.</summary>
public sealed record InitiativeResult(InitiativeOutcome Outcome, long Id, IReadOnlyDictionary<string, string> Errors)
{
    public static InitiativeResult Of(InitiativeOutcome outcome, long id = 0) => new(outcome, id, new Dictionary<string, string>());

    public bool Succeeded => Outcome is InitiativeOutcome.Saved or InitiativeOutcome.Submitted or InitiativeOutcome.Returned or InitiativeOutcome.Approved;
}
