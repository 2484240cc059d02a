using Mektep.Quizzes.Models;
using Microsoft.Extensions.Primitives;

namespace Mektep.Quizzes.Services;

/// <summary>
/// Reads an attempt form: <c>a.{questionId}</c> carries the values of most questions; <c>a.{questionId}.{optionId}</c>
/// carries an ordering item's position or a matching left item's chosen token. Returns each posted question's
/// answer in the stored shape (ordering: ids in the learner's order; matching: "left=token").
/// </summary>
public static class AnswerForm
{
    public const string Prefix = "a.";

    public static bool TryRead(IEnumerable<KeyValuePair<string, StringValues>> form, AttemptSnapshot snapshot, out Dictionary<long, List<string>> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(snapshot);
        answers = [];
        var positions = new Dictionary<long, List<(string Id, int Position)>>();
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[Prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            var idText = dot < 0 ? rest : rest[..dot];
            if (!long.TryParse(idText, out var questionId) || snapshot.Questions.FirstOrDefault(q => q.QuestionId == questionId) is not { } question)
            {
                return false;
            }

            var list = answers.TryGetValue(questionId, out var existing) ? existing : answers[questionId] = [];
            if (dot < 0)
            {
                list.AddRange(values.Where(v => !string.IsNullOrEmpty(v))!);
                continue;
            }

            var sub = rest[(dot + 1)..];
            var value = values.ToString().Trim();
            if (question.Data.Type == QuestionType.Ordering)
            {
                var position = int.TryParse(value, out var p) ? p : int.MaxValue;
                (positions.TryGetValue(questionId, out var items) ? items : positions[questionId] = []).Add((sub, position));
            }
            else if (value.Length > 0)
            {
                list.Add(sub + "=" + value);
            }
        }

        foreach (var (questionId, items) in positions)
        {
            answers[questionId].AddRange(items.OrderBy(i => i.Position).Select(i => i.Id));
        }

        return true;
    }
}
