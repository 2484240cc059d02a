namespace Mektep.Quizzes.Models;

public static class QuizTypes
{
    public const string Quiz = "Quiz";
    public const string MarkdownBodyPart = "MarkdownBodyPart";
}
