using Mektep.Content;

namespace Mektep.Quizzes.Models;

/// <summary>A quiz's settings. The questions live in the bank; the part says which to draw and how to run an attempt.</summary>
public sealed class QuizPart : ContentPart
{
    public const int MaxAttempts = 100;
    public const int MaxMinutes = 24 * 60;
    public const int MaxQuestions = 200;

    /// <summary>Percent of the marks needed to pass (0-100).</summary>
    public decimal PassMarkPercent { get; set; } = 60;

    /// <summary>Attempts a learner may make; 0 means no limit.</summary>
    public int AttemptsAllowed { get; set; }

    /// <summary>Minutes a learner waits after submitting before the next attempt.</summary>
    public int CooldownMinutes { get; set; }

    /// <summary>Minutes from start to automatic submission; 0 means no limit.</summary>
    public int TimeLimitMinutes { get; set; }

    public DateTime? OpensUtc { get; set; }

    public DateTime? ClosesUtc { get; set; }

    /// <summary>Questions every attempt has, in this order (before shuffling).</summary>
    public List<long> FixedQuestionIds { get; set; } = [];

    public List<DrawRule> DrawRules { get; set; } = [];

    public bool ShuffleQuestions { get; set; }

    public bool ShuffleOptions { get; set; }

    public QuizLayout Layout { get; set; } = QuizLayout.AllOnOnePage;

    public GradingMethod GradingMethod { get; set; } = GradingMethod.Highest;

    public ReviewOptions ReviewAfterSubmit { get; set; } = new();

    public ReviewOptions ReviewAfterClose { get; set; } = new() { Score = true, CorrectAnswers = true, Feedback = true };
}
