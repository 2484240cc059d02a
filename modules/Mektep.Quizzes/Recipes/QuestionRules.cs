using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Recipes;

/// <summary>What makes a question answerable, checked on data that did not come through the question form (recipes).</summary>
public static class QuestionRules
{
    public static IEnumerable<string> Problems(QuestionData data)
    {
        if (data.Stem.Values.All(string.IsNullOrWhiteSpace))
        {
            yield return "the question (Stem) is empty in every language.";
        }

        if (data.Stem.Values.Any(s => s.Length > Editors.QuestionForm.MaxStemLength))
        {
            yield return $"the question is longer than {Editors.QuestionForm.MaxStemLength} characters.";
        }

        if (data.Points is <= 0 or > Editors.QuestionForm.MaxPoints)
        {
            yield return $"Points must be greater than 0 and at most {Editors.QuestionForm.MaxPoints}.";
        }

        if (data.Options.Count > Editors.QuestionForm.MaxOptions)
        {
            yield return $"at most {Editors.QuestionForm.MaxOptions} options.";
        }

        if (data.Options.Any(o => o.Text.Values.All(string.IsNullOrWhiteSpace)))
        {
            yield return "an option has no text.";
        }

        var correct = data.Options.Count(o => o.Correct);
        var problem = data.Type switch
        {
            QuestionType.SingleChoice when data.Options.Count < 2 || correct != 1 => "a single-choice question needs at least two options and exactly one correct.",
            QuestionType.MultipleChoice when data.Options.Count < 2 || correct < 1 => "a multiple-choice question needs at least two options and one or more correct.",
            QuestionType.Ordering when data.Options.Count < 2 => "an ordering question needs at least two items, in the right order.",
            QuestionType.Matching when data.Options.Count < 2 || data.Options.Any(o => o.Match.Values.All(string.IsNullOrWhiteSpace)) => "a matching question needs at least two pairs, each with a right-hand text (Match).",
            QuestionType.Numeric when data.Tolerance < 0 => "the tolerance must be 0 or more.",
            QuestionType.ShortText when data.AcceptedAnswers.All(string.IsNullOrWhiteSpace) => "a short-text question needs at least one accepted answer.",
            _ => null,
        };
        if (problem is not null)
        {
            yield return problem;
        }
    }
}
