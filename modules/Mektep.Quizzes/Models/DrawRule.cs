namespace Mektep.Quizzes.Models;

/// <summary>Draw <see cref="Count"/> questions at random from a bank category for each attempt.</summary>
public sealed class DrawRule
{
    public long CategoryId { get; set; }

    public int Count { get; set; }
}
