using System.Globalization;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Mektep.Quizzes.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Quizzes.Editors;

public sealed class QuizPartBinder(IStringLocalizer<QuizPartBinder> t) : IPartEditorBinder
{
    /// <summary>Rows of draw rules the editor shows (filled ones plus empty ones to add).</summary>
    public const int MaxDrawRules = 10;

    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var part = item.As<QuizPart>(definition.Name);
        string Key(string name) => $"{prefix}.{name}";

        var passKey = Key(nameof(QuizPart.PassMarkPercent));
        var pass = part.PassMarkPercent;
        if (decimal.TryParse(form[passKey].ToString().Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var mark) && mark is >= 0 and <= 100)
        {
            pass = mark;
        }
        else
        {
            errors[passKey] = t["Enter a pass mark from 0 to 100."];
        }

        part.PassMarkPercent = pass;
        part.AttemptsAllowed = FormValues.Int(form, Key(nameof(QuizPart.AttemptsAllowed)), QuizPart.MaxAttempts, errors, t["Enter a whole number from 0 to {0}.", QuizPart.MaxAttempts]) ?? part.AttemptsAllowed;
        part.CooldownMinutes = FormValues.Int(form, Key(nameof(QuizPart.CooldownMinutes)), QuizPart.MaxMinutes * 30, errors, t["Enter a whole number from 0 to {0}.", QuizPart.MaxMinutes * 30]) ?? part.CooldownMinutes;
        part.TimeLimitMinutes = FormValues.Int(form, Key(nameof(QuizPart.TimeLimitMinutes)), QuizPart.MaxMinutes, errors, t["Enter a whole number from 0 to {0}.", QuizPart.MaxMinutes]) ?? part.TimeLimitMinutes;
        part.OpensUtc = FormValues.DateTimeLocal(form, Key(nameof(QuizPart.OpensUtc)), errors, t["Enter a date and time."]);
        part.ClosesUtc = FormValues.DateTimeLocal(form, Key(nameof(QuizPart.ClosesUtc)), errors, t["Enter a date and time."]);
        if (part.OpensUtc is { } opens && part.ClosesUtc is { } closes && closes <= opens)
        {
            errors[Key(nameof(QuizPart.ClosesUtc))] = t["The quiz must close after it opens."];
        }

        var fixedKey = Key(nameof(QuizPart.FixedQuestionIds));
        var ids = new List<long>();
        foreach (var token in form[fixedKey].ToString().Split([',', ' ', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ids.Add(id);
            }
            else
            {
                errors[fixedKey] = t["List question numbers separated by commas."];
            }
        }

        part.FixedQuestionIds = [.. ids.Distinct().Take(QuizPart.MaxQuestions)];

        var rules = new List<DrawRule>();
        for (var i = 0; i < MaxDrawRules; i++)
        {
            var categoryText = form[Key($"DrawRules[{i}].CategoryId")].ToString();
            var countKey = Key($"DrawRules[{i}].Count");
            if (!long.TryParse(categoryText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var categoryId) || categoryId <= 0)
            {
                continue;
            }

            var count = FormValues.Int(form, countKey, QuizPart.MaxQuestions, errors, t["Enter a whole number from 0 to {0}.", QuizPart.MaxQuestions]) ?? 0;
            if (count > 0)
            {
                rules.Add(new DrawRule { CategoryId = categoryId, Count = count });
            }
        }

        part.DrawRules = rules;
        part.ShuffleQuestions = FormValues.Bool(form, Key(nameof(QuizPart.ShuffleQuestions)));
        part.ShuffleOptions = FormValues.Bool(form, Key(nameof(QuizPart.ShuffleOptions)));
        part.Layout = EnumOr(form, Key(nameof(QuizPart.Layout)), part.Layout, errors, t["Choose a layout."]);
        part.GradingMethod = EnumOr(form, Key(nameof(QuizPart.GradingMethod)), part.GradingMethod, errors, t["Choose a grading method."]);
        part.ReviewAfterSubmit = Review(form, Key(nameof(QuizPart.ReviewAfterSubmit)));
        part.ReviewAfterClose = Review(form, Key(nameof(QuizPart.ReviewAfterClose)));
        item.Apply(definition.Name, part);
    }

    private static ReviewOptions Review(IFormCollection form, string key) => new()
    {
        Score = FormValues.Bool(form, $"{key}.Score"),
        CorrectAnswers = FormValues.Bool(form, $"{key}.CorrectAnswers"),
        Feedback = FormValues.Bool(form, $"{key}.Feedback"),
    };

    private static TEnum EnumOr<TEnum>(IFormCollection form, string key, TEnum current, IDictionary<string, string> errors, string message) where TEnum : struct, Enum
    {
        if (Enum.TryParse<TEnum>(form[key].ToString(), out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors[key] = message;
        return current;
    }
}
