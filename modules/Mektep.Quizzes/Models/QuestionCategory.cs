namespace Mektep.Quizzes.Models;

public sealed class QuestionCategory
{
    public const int MaxNameLength = 200;

    public long Id { get; set; }

    public string Name { get; set; } = "";
}
