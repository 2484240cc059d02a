namespace Mektep.Quizzes.Models;

public enum QuizLayout
{
    AllOnOnePage,
    OnePerPage,
}
