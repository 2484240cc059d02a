namespace Mektep.Quizzes.Services;

/// <summary>Why an attempt action did or did not happen; each has a message for the learner.</summary>
public enum AttemptOutcome
{
    Ok,
    NotFound,
    NotOpenYet,
    Closed,
    NoAttemptsLeft,
    CoolingDown,
    NoQuestions,
    AlreadySubmitted,
    PastDeadline,
    UnknownQuestion,
    UnknownOption,
    TooLong,
    TooMany,
}
