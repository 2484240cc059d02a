namespace Mektep.Quizzes.Models;

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Numeric,
    ShortText,
    Ordering,
    Matching,
    Essay,
}
