using Mektep.Audit;
using Mektep.Learning;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>
/// Regrades submitted attempts after an editor fixed a question: each question whose bank version is newer than the
/// one the attempt froze is replaced by the bank's copy, every answer is graded again (an essay keeps the editor's
/// marks, capped at the question's new marks), and the attempt's score, pass and status follow. Each regrade is
/// audited; an attempt whose grade changed raises <c>quiz.graded</c> in the regrade's transaction, one whose grade
/// stayed raises nothing; a learner who now passes has their courses re-checked. Attempts in progress are left
/// alone: they are graded when submitted.
/// </summary>
public sealed class Regrader(DbContext db, TimeProvider clock, IAuditTrail audit, IEnumerable<ICourseProgress> courses, IEnumerable<ILearningEventHandler>? events = null)
{
    public const string AuditCategory = "Quizzes";
    public const string AuditAction = "Regraded";

    /// <summary>Regrades one submitted attempt; null when it does not exist or is still in progress.</summary>
    public async Task<RegradeResult?> RegradeAsync(long attemptId, CancellationToken cancellationToken = default)
    {
        var attempt = await db.Set<QuizAttempt>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId, cancellationToken);
        if (attempt is null || attempt.Status == AttemptStatus.InProgress)
        {
            return null;
        }

        var snapshot = QuizJson.Snapshot(attempt.Snapshot);
        var ids = snapshot.Questions.Select(q => q.QuestionId).ToList();
        var bank = await db.Set<Question>().AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var updated = 0;
        foreach (var question in snapshot.Questions)
        {
            if (bank.TryGetValue(question.QuestionId, out var current) && current.Version != question.Version)
            {
                Refresh(question, QuizJson.Question(current.Data), current.Version);
                updated++;
            }
        }

        RegradeResult? result = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Locks the attempt before reading its grade: an essay grade or another regrade at the same moment waits,
            // so the grade compared against below is the one it left and a change raises its event once.
            if (await db.Set<QuizAttempt>().Where(a => a.Id == attemptId && a.Status != AttemptStatus.InProgress)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, a => a.Status), cancellationToken) != 1)
            {
                return;
            }

            var before = await db.Set<QuizAttempt>().AsNoTracking().FirstAsync(a => a.Id == attemptId, cancellationToken);
            var rows = await db.Set<AttemptAnswer>().Where(a => a.AttemptId == attemptId).ToListAsync(cancellationToken);
            foreach (var question in snapshot.Questions)
            {
                var row = rows.FirstOrDefault(r => r.QuestionId == question.QuestionId);
                if (row is null)
                {
                    row = new AttemptAnswer { AttemptId = attemptId, QuestionId = question.QuestionId, Response = "[]", SavedUtc = attempt.SubmittedUtc ?? attempt.StartedUtc };
                    db.Add(row);
                    rows.Add(row);
                }

                var response = QuizJson.Response(row.Response);
                var grade = QuestionGrader.Grade(question.Data, response);
                if (!grade.NeedsManualGrading)
                {
                    row.Score = Math.Round(grade.Fraction * question.Data.Points, 4);
                }
                else if (row.GradedBy is not null && row.Score is { } marks)
                {
                    row.Score = Math.Min(marks, question.Data.Points);
                }
                else
                {
                    // An essay nobody graded yet waits for an editor; one left blank earns nothing.
                    row.Score = response.Any(r => !string.IsNullOrWhiteSpace(r)) ? null : 0;
                }
            }

            var maxScore = snapshot.Questions.Sum(q => q.Data.Points);
            var scores = snapshot.Questions.Select(q => rows.First(r => r.QuestionId == q.QuestionId).Score).ToList();
            var waiting = scores.Any(s => s is null);
            var score = scores.Sum(s => s ?? 0);
            decimal? percent = waiting ? null : QuizGrade.Percent(score, maxScore);
            var passed = percent is { } p && p >= snapshot.PassMarkPercent;
            var status = waiting ? AttemptStatus.AwaitingGrading : AttemptStatus.Graded;
            await db.SaveChangesAsync(cancellationToken);
            var json = QuizJson.Write(snapshot);
            var changed = await db.Set<QuizAttempt>().Where(a => a.Id == attemptId && a.Status != AttemptStatus.InProgress)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Snapshot, json)
                    .SetProperty(a => a.MaxScore, maxScore)
                    .SetProperty(a => a.Score, score)
                    .SetProperty(a => a.Percent, percent)
                    .SetProperty(a => a.Passed, passed)
                    .SetProperty(a => a.Status, status), cancellationToken);
            if (changed != 1)
            {
                return;
            }

            result = new RegradeResult(attemptId, before.UserId, before.QuizSet, updated, before.Percent, percent, before.Passed, passed);
            await audit.RecordAsync(new AuditEvent(AuditCategory, AuditAction, attemptId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Quiz {before.QuizSet}, attempt {before.Number}",
                $"questions updated: {updated}; percent: {Text(before.Percent)} -> {Text(percent)}; passed: {before.Passed} -> {passed}"), cancellationToken);
            await events.RaiseAsync(AttemptService.GradeChange(before, status, score, percent, passed, clock.GetUtcNow().UtcDateTime), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        if (result is { PassedAfter: true })
        {
            foreach (var course in courses)
            {
                await course.RequirementFulfilledAsync(result.UserId, result.QuizSet, cancellationToken);
            }
        }

        return result;
    }

    /// <summary>Regrades every submitted attempt of a quiz (all its translations share the set).</summary>
    public async Task<IReadOnlyList<RegradeResult>> RegradeQuizAsync(string quizSet, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.QuizSet == quizSet && a.Status != AttemptStatus.InProgress)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var results = new List<RegradeResult>(ids.Count);
        foreach (var id in ids)
        {
            if (await RegradeAsync(id, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    /// <summary>Puts the bank's fixed copy in the attempt; a matching question keeps the tokens it showed and gets new ones for new pairs.</summary>
    private static void Refresh(SnapshotQuestion question, QuestionData data, int version)
    {
        question.Data = data;
        question.Version = version;
        var ids = data.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        question.OptionOrder = [.. question.OptionOrder.Where(ids.Contains), .. data.Options.Select(o => o.Id).Where(id => !question.OptionOrder.Contains(id))];
        if (data.Type == QuestionType.Matching)
        {
            question.Right = [.. question.Right.Where(r => ids.Contains(r.OptionId)),
                .. data.Options.Where(o => question.Right.All(r => r.OptionId != o.Id)).Select(o => new MatchChoice { Token = OptionIds.New(), OptionId = o.Id })];
        }
    }

    private static string Text(decimal? percent) => percent?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}

/// <summary>What a regrade did to one attempt.</summary>
public sealed record RegradeResult(long AttemptId, string UserId, string QuizSet, int QuestionsUpdated, decimal? PercentBefore, decimal? PercentAfter, bool PassedBefore, bool PassedAfter);
