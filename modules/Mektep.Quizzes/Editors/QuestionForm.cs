using System.Globalization;
using Mektep.Localization;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Quizzes.Editors;

/// <summary>
/// Reads the question editor's form into a question. Always returns what was posted (so the form can show it again)
/// and names each problem by input: <c>Stem.kk</c>, <c>Options[2].Text.ru</c>, <c>NumericAnswer</c>, ...
/// </summary>
public static class QuestionForm
{
    public const int MaxOptions = 12;
    public const int MaxStemLength = 10_000;
    public const int MaxOptionLength = 2_000;
    public const decimal MaxPoints = 100;

    public static QuestionData Read(IFormCollection form, QuestionType type, IDictionary<string, string> errors, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(t);
        var data = new QuestionData
        {
            Type = type,
            Stem = Text(form, "Stem"),
            Feedback = Text(form, "Feedback"),
            Rubric = Text(form, "Rubric"),
        };

        if (data.Stem.Count == 0)
        {
            errors["Stem.kk"] = t["Write the question in at least one language."];
        }
        else if (data.Stem.Values.Any(s => s.Length > MaxStemLength))
        {
            errors["Stem.kk"] = t["The question is too long: at most {0:N0} characters.", MaxStemLength];
        }

        var pointsText = form["Points"].ToString().Trim();
        if (NumberParser.TryParse(pointsText, out var points) && points > 0 && points <= MaxPoints)
        {
            data.Points = points;
        }
        else
        {
            errors["Points"] = t["Enter marks greater than 0 and at most {0}.", MaxPoints];
        }

        for (var i = 0; i < MaxOptions; i++)
        {
            var option = new QuestionOption
            {
                Id = form[$"Options[{i}].Id"].ToString().Trim(),
                Text = Text(form, $"Options[{i}].Text"),
                Match = Text(form, $"Options[{i}].Match"),
                Feedback = Text(form, $"Options[{i}].Feedback"),
                Correct = form[$"Options[{i}].Correct"].Any(v => v == "true"),
            };
            if (option.Text.Count > 0)
            {
                if (option.Text.Values.Concat(option.Match.Values).Any(v => v.Length > MaxOptionLength))
                {
                    errors[$"Options[{i}].Text.kk"] = t["The option is too long: at most {0:N0} characters.", MaxOptionLength];
                }

                if (option.Id.Length > 16 || option.Id.Any(c => !char.IsAsciiLetterOrDigit(c)))
                {
                    option.Id = "";
                }

                data.Options.Add(option);
            }
        }

        switch (type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                if (data.Options.Count < 2)
                {
                    errors["Options"] = t["Give at least two options."];
                }
                else if (type == QuestionType.SingleChoice && data.Options.Count(o => o.Correct) != 1)
                {
                    errors["Options"] = t["Mark exactly one option as correct."];
                }
                else if (type == QuestionType.MultipleChoice && !data.Options.Any(o => o.Correct))
                {
                    errors["Options"] = t["Mark at least one option as correct."];
                }

                if (type == QuestionType.MultipleChoice)
                {
                    data.Scoring = form["Scoring"] == nameof(MultipleChoiceScoring.PartialCredit) ? MultipleChoiceScoring.PartialCredit : MultipleChoiceScoring.AllOrNothing;
                    data.NegativeMarking = form["NegativeMarking"].Any(v => v == "true");
                }

                break;
            case QuestionType.Ordering:
                if (data.Options.Count < 2)
                {
                    errors["Options"] = t["Give at least two items, in the right order."];
                }

                break;
            case QuestionType.Matching:
                if (data.Options.Count < 2)
                {
                    errors["Options"] = t["Give at least two pairs."];
                }
                else if (data.Options.Any(o => o.Match.Count == 0))
                {
                    errors["Options"] = t["Every pair needs a right-hand text."];
                }

                break;
            case QuestionType.TrueFalse:
                data.Options.Clear();
                data.TrueFalseAnswer = form["TrueFalseAnswer"] == "true";
                break;
            case QuestionType.Numeric:
                data.Options.Clear();
                var answerText = form["NumericAnswer"].ToString();
                if (NumberParser.TryParse(answerText, out var answer))
                {
                    data.NumericAnswer = answer;
                }
                else
                {
                    errors["NumericAnswer"] = t["Enter the expected number, e.g. 1 500 or 2,5."];
                }

                var toleranceText = form["Tolerance"].ToString();
                if (toleranceText.Trim().Length == 0)
                {
                    data.Tolerance = 0;
                }
                else if (NumberParser.TryParse(toleranceText, out var tolerance) && tolerance >= 0)
                {
                    data.Tolerance = tolerance;
                }
                else
                {
                    errors["Tolerance"] = t["Enter a tolerance of 0 or more."];
                }

                data.ToleranceKind = form["ToleranceKind"] == nameof(ToleranceKind.Relative) ? ToleranceKind.Relative : ToleranceKind.Absolute;
                data.Units = [.. form["Units"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10)];
                break;
            case QuestionType.ShortText:
                data.Options.Clear();
                data.AcceptedAnswers = [.. form["AcceptedAnswers"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(a => a.Length <= AnswerCheck.MaxTextLength).Take(50)];
                if (data.AcceptedAnswers.Count == 0)
                {
                    errors["AcceptedAnswers"] = t["Give at least one accepted answer."];
                }

                break;
            case QuestionType.Essay:
                data.Options.Clear();
                break;
        }

        return data;
    }

    private static LocalizedText Text(IFormCollection form, string name)
    {
        var text = new LocalizedText();
        foreach (var culture in SiteCultures.All)
        {
            var value = form[$"{name}.{culture}"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (value.Length > 0)
            {
                text[culture] = value;
            }
        }

        return text;
    }

    public static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
