using Microsoft.Extensions.Localization;

namespace Mektep.Quizzes.Services;

/// <summary>The learner-facing message and HTTP status for each attempt outcome.</summary>
public static class AttemptMessages
{
    public static string Text(AttemptOutcome outcome, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return outcome switch
        {
            AttemptOutcome.Ok => t["Saved."],
            AttemptOutcome.NotFound => t["This attempt does not exist or is not yours."],
            AttemptOutcome.NotOpenYet => t["The quiz is not open yet."],
            AttemptOutcome.Closed => t["The quiz is closed."],
            AttemptOutcome.NoAttemptsLeft => t["You have no attempts left."],
            AttemptOutcome.CoolingDown => t["Please wait before your next attempt."],
            AttemptOutcome.NoQuestions => t["The quiz has no questions yet."],
            AttemptOutcome.AlreadySubmitted => t["This attempt has already been submitted; nothing was changed."],
            AttemptOutcome.PastDeadline => t["Time is up: the attempt was submitted as it stood at the deadline; nothing was changed."],
            AttemptOutcome.UnknownQuestion => t["The answer names a question that is not in this attempt; nothing was saved."],
            AttemptOutcome.UnknownOption => t["The answer names an option that the question does not have; nothing was saved."],
            AttemptOutcome.TooLong => t["The answer is too long; nothing was saved."],
            AttemptOutcome.TooMany => t["The answer has more values than the question allows; nothing was saved."],
            _ => t["Something went wrong."],
        };
    }

    /// <remarks>Another learner's attempt answers 403, not 404: a page's 404 is re-executed as the site's error page, losing the message.</remarks>
    public static int Status(AttemptOutcome outcome) => outcome switch
    {
        AttemptOutcome.Ok => 200,
        AttemptOutcome.AlreadySubmitted or AttemptOutcome.PastDeadline => 409,
        AttemptOutcome.UnknownQuestion or AttemptOutcome.UnknownOption or AttemptOutcome.TooLong or AttemptOutcome.TooMany => 422,
        _ => 403,
    };
}
