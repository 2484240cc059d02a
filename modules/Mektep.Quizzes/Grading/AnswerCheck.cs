using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Grading;

/// <summary>Refuses an answer that no honest form could have posted: an unknown option, too many values, too long a text.</summary>
public static class AnswerCheck
{
    public const int MaxTextLength = 500;
    public const int MaxEssayLength = 20_000;

    public enum Problem
    {
        None,
        UnknownOption,
        TooLong,
        TooMany,
    }

    public static Problem Check(QuestionData question, IReadOnlyList<string> answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var ids = question.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
                return answer.Count > 1 ? Problem.TooMany : answer.All(ids.Contains) ? Problem.None : Problem.UnknownOption;
            case QuestionType.MultipleChoice:
            case QuestionType.Ordering:
                return answer.Count > ids.Count ? Problem.TooMany : answer.All(ids.Contains) ? Problem.None : Problem.UnknownOption;
            case QuestionType.TrueFalse:
                return answer.Count > 1 ? Problem.TooMany : answer.All(a => a is "true" or "false") ? Problem.None : Problem.UnknownOption;
            case QuestionType.Matching:
                if (answer.Count > ids.Count)
                {
                    return Problem.TooMany;
                }

                return answer.All(a => a.Split('=') is [var left, var right] && ids.Contains(left) && ids.Contains(right)) ? Problem.None : Problem.UnknownOption;
            case QuestionType.Essay:
                return answer.Count > 1 ? Problem.TooMany : answer.Any(a => a.Length > MaxEssayLength) ? Problem.TooLong : Problem.None;
            default:
                return answer.Count > 1 ? Problem.TooMany : answer.Any(a => a.Length > MaxTextLength) ? Problem.TooLong : Problem.None;
        }
    }
}
