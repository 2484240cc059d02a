using System.Security.Cryptography;

namespace Mektep.Quizzes.Services;

/// <summary>
/// Random ids for options and matching tokens. They must say nothing about the answer: sequential ids ("o1", "o2")
/// would give away the right order of an ordering question.
/// </summary>
public static class OptionIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);
}
