using Mektep.Content;
using Mektep.Learning;
using Mektep.Quizzes.Grading;
using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>
/// The attempt life cycle: start (draw and freeze the questions), save answers as the learner goes, submit and
/// grade. Every rule is checked here against the server clock; the browser only posts values. A refused action
/// changes nothing.
/// </summary>
public sealed class AttemptService(DbContext db, TimeProvider clock, QuestionBank bank, IEnumerable<ICourseProgress> courses, IEnumerable<ILearningEventHandler>? events = null)
{
    /// <summary>How long after the deadline a save or submit still counts (a slow connection's last post).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<QuizStanding> StandingAsync(string userId, ContentItem quiz, CancellationToken cancellationToken = default)
    {
        var part = quiz.As<QuizPart>();
        var attempts = await AttemptsAsync(userId, quiz.LocalizationSet, cancellationToken);
        foreach (var overdue in attempts.Where(IsOverdue).ToList())
        {
            await FinalizeAsync(overdue, overdue.DeadlineUtc!.Value, cancellationToken);
            attempts = await AttemptsAsync(userId, quiz.LocalizationSet, cancellationToken);
        }

        var graded = attempts.Where(a => a.Status == AttemptStatus.Graded && a.Percent is not null).Select(a => a.Percent!.Value).ToList();
        var grade = QuizGrade.Of(part.GradingMethod, graded);
        var inProgress = attempts.FirstOrDefault(a => a.Status == AttemptStatus.InProgress);
        int? left = part.AttemptsAllowed > 0 ? Math.Max(0, part.AttemptsAllowed - attempts.Count) : null;
        var (canStart, next) = CanStart(part, attempts);
        return new QuizStanding(attempts, inProgress, left, grade, grade is { } g && g >= part.PassMarkPercent, canStart, next);
    }

    /// <summary>Starts an attempt, or returns the one in progress.</summary>
    public async Task<(AttemptOutcome Outcome, QuizAttempt? Attempt)> StartAsync(string userId, ContentItem quiz, CancellationToken cancellationToken = default)
    {
        var standing = await StandingAsync(userId, quiz, cancellationToken);
        if (standing.InProgress is { } current)
        {
            return (AttemptOutcome.Ok, current);
        }

        if (standing.CanStart != AttemptOutcome.Ok)
        {
            return (standing.CanStart, null);
        }

        var part = quiz.As<QuizPart>();
        var snapshot = await DrawAsync(part, cancellationToken);
        if (snapshot.Questions.Count == 0)
        {
            return (AttemptOutcome.NoQuestions, null);
        }

        var now = Now;
        DateTime? deadline = part.TimeLimitMinutes > 0 ? now.AddMinutes(part.TimeLimitMinutes) : null;
        if (part.ClosesUtc is { } closes && (deadline is null || closes < deadline))
        {
            deadline = closes;
        }

        var attempt = new QuizAttempt
        {
            UserId = userId,
            QuizSet = quiz.LocalizationSet,
            Number = standing.Attempts.Count == 0 ? 1 : standing.Attempts.Max(a => a.Number) + 1,
            StartedUtc = now,
            DeadlineUtc = deadline,
            Status = AttemptStatus.InProgress,
            MaxScore = snapshot.Questions.Sum(q => q.Data.Points),
            Snapshot = QuizJson.Write(snapshot),
        };
        db.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (AttemptOutcome.Ok, attempt);
        }
        catch (DbUpdateException)
        {
            // Two starts at once: the unique attempt number kept one; continue that one.
            db.Entry(attempt).State = EntityState.Detached;
            var existing = await db.Set<QuizAttempt>().AsNoTracking()
                .FirstOrDefaultAsync(a => a.UserId == userId && a.QuizSet == quiz.LocalizationSet && a.Status == AttemptStatus.InProgress, cancellationToken);
            return existing is null ? throw new InvalidOperationException("The attempt could neither be added nor found.") : (AttemptOutcome.Ok, existing);
        }
        finally
        {
            db.Entry(attempt).State = EntityState.Detached;
        }
    }

    /// <summary>What a new attempt would ask, drawn and shuffled as for a learner, for an editor's preview; nothing is stored.</summary>
    public Task<AttemptSnapshot> PreviewAsync(ContentItem quiz, CancellationToken cancellationToken = default)
        => DrawAsync(quiz.As<QuizPart>(), cancellationToken);

    /// <summary>The learner's own attempt; another learner's id reads as not found. An overdue attempt is submitted first.</summary>
    public async Task<QuizAttempt?> GetAsync(string userId, long attemptId, CancellationToken cancellationToken = default)
    {
        var attempt = await db.Set<QuizAttempt>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId && a.UserId == userId, cancellationToken);
        if (attempt is not null && IsOverdue(attempt))
        {
            await FinalizeAsync(attempt, attempt.DeadlineUtc!.Value, cancellationToken);
            attempt = await db.Set<QuizAttempt>().AsNoTracking().FirstAsync(a => a.Id == attemptId, cancellationToken);
        }

        return attempt;
    }

    /// <summary>Any attempt, for editors.</summary>
    public Task<QuizAttempt?> GetForEditorAsync(long attemptId, CancellationToken cancellationToken = default)
        => db.Set<QuizAttempt>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId, cancellationToken);

    public async Task<Dictionary<long, AttemptAnswer>> AnswersAsync(long attemptId, CancellationToken cancellationToken = default)
        => await db.Set<AttemptAnswer>().AsNoTracking().Where(a => a.AttemptId == attemptId).ToDictionaryAsync(a => a.QuestionId, cancellationToken);

    /// <summary>Saves answers (a page, or one question); saving the same answer again changes nothing but its time.</summary>
    public async Task<AttemptOutcome> SaveAsync(string userId, long attemptId, IReadOnlyDictionary<long, List<string>> answers, CancellationToken cancellationToken = default)
    {
        var attempt = await GetAsync(userId, attemptId, cancellationToken);
        if (attempt is null)
        {
            return AttemptOutcome.NotFound;
        }

        if (attempt.Status != AttemptStatus.InProgress)
        {
            return IsPastDeadline(attempt) ? AttemptOutcome.PastDeadline : AttemptOutcome.AlreadySubmitted;
        }

        var snapshot = QuizJson.Snapshot(attempt.Snapshot);
        var stored = new Dictionary<long, List<string>>();
        foreach (var (questionId, values) in answers)
        {
            var question = snapshot.Questions.FirstOrDefault(q => q.QuestionId == questionId);
            if (question is null)
            {
                return AttemptOutcome.UnknownQuestion;
            }

            var translated = FromTokens(question, values);
            if (translated is null)
            {
                return AttemptOutcome.UnknownOption;
            }

            var problem = AnswerCheck.Check(question.Data, translated);
            if (problem != AnswerCheck.Problem.None)
            {
                return problem switch
                {
                    AnswerCheck.Problem.TooLong => AttemptOutcome.TooLong,
                    AnswerCheck.Problem.TooMany => AttemptOutcome.TooMany,
                    _ => AttemptOutcome.UnknownOption,
                };
            }

            stored[questionId] = translated;
        }

        var now = Now;
        var outcome = AttemptOutcome.Ok;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Locks the attempt row while it is in progress: a submit running at the same moment waits, so no answer
            // lands after grading.
            var open = await db.Set<QuizAttempt>().Where(a => a.Id == attemptId && a.Status == AttemptStatus.InProgress)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, a => a.Status), cancellationToken);
            if (open != 1)
            {
                outcome = AttemptOutcome.AlreadySubmitted;
                return;
            }

            var ids = stored.Keys.ToList();
            var rows = await db.Set<AttemptAnswer>().Where(a => a.AttemptId == attemptId && ids.Contains(a.QuestionId)).ToListAsync(cancellationToken);
            foreach (var (questionId, values) in stored)
            {
                var json = QuizJson.Write(values);
                var row = rows.FirstOrDefault(r => r.QuestionId == questionId);
                if (row is null)
                {
                    db.Add(new AttemptAnswer { AttemptId = attemptId, QuestionId = questionId, Response = json, SavedUtc = now });
                }
                else if (!string.Equals(row.Response, json, StringComparison.Ordinal))
                {
                    // An answer posted again as it stands (the whole form's save, or the submit after the autosave sent
                    // each answer) writes nothing: its saved time stays the time it was given.
                    row.Response = json;
                    row.SavedUtc = now;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        return outcome;
    }

    /// <summary>Saves the last answers and submits; a second submit, or one after the deadline, changes nothing.</summary>
    public async Task<AttemptOutcome> SubmitAsync(string userId, long attemptId, IReadOnlyDictionary<long, List<string>>? answers = null, CancellationToken cancellationToken = default)
    {
        if (answers is { Count: > 0 })
        {
            var saved = await SaveAsync(userId, attemptId, answers, cancellationToken);
            if (saved != AttemptOutcome.Ok)
            {
                return saved;
            }
        }

        var attempt = await GetAsync(userId, attemptId, cancellationToken);
        if (attempt is null)
        {
            return AttemptOutcome.NotFound;
        }

        if (attempt.Status != AttemptStatus.InProgress)
        {
            return IsPastDeadline(attempt) ? AttemptOutcome.PastDeadline : AttemptOutcome.AlreadySubmitted;
        }

        return await FinalizeAsync(attempt, Now, cancellationToken) ? AttemptOutcome.Ok : AttemptOutcome.AlreadySubmitted;
    }

    /// <summary>
    /// An editor's grade for an essay answer (marks out of the question's points) with feedback. The attempt is
    /// re-totalled in the same transaction; it is graded when no essay waits any more, and <c>quiz.graded</c> is raised
    /// when its grade is new or changed (a second grade with the same marks raises nothing).
    /// </summary>
    public async Task<bool> GradeEssayAsync(long attemptId, long questionId, decimal marks, string? feedback, string graderId, CancellationToken cancellationToken = default)
    {
        var attempt = await GetForEditorAsync(attemptId, cancellationToken);
        if (attempt is null || attempt.Status == AttemptStatus.InProgress)
        {
            return false;
        }

        var snapshot = QuizJson.Snapshot(attempt.Snapshot);
        var question = snapshot.Questions.FirstOrDefault(q => q.QuestionId == questionId);
        if (question is null || question.Data.Type != QuestionType.Essay || marks < 0 || marks > question.Data.Points)
        {
            return false;
        }

        var passed = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Locks the attempt before reading its grade: a second editor or a regrade at the same moment waits, so the
            // grade compared against below is the one it left and a change raises its event once.
            await db.Set<QuizAttempt>().Where(a => a.Id == attemptId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, a => a.Status), cancellationToken);
            var before = await db.Set<QuizAttempt>().AsNoTracking().FirstAsync(a => a.Id == attemptId, cancellationToken);
            var row = await db.Set<AttemptAnswer>().FirstOrDefaultAsync(a => a.AttemptId == attemptId && a.QuestionId == questionId, cancellationToken);
            if (row is null)
            {
                row = new AttemptAnswer { AttemptId = attemptId, QuestionId = questionId, Response = "[]", SavedUtc = before.SubmittedUtc ?? Now };
                db.Add(row);
            }

            row.Score = marks;
            row.Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
            row.GradedBy = graderId;
            await db.SaveChangesAsync(cancellationToken);

            var answers = await db.Set<AttemptAnswer>().AsNoTracking().Where(a => a.AttemptId == attemptId).ToDictionaryAsync(a => a.QuestionId, cancellationToken);
            var waiting = snapshot.Questions.Any(q => q.Data.Type == QuestionType.Essay && answers.GetValueOrDefault(q.QuestionId)?.Score is null);
            var score = answers.Values.Sum(a => a.Score ?? 0);
            var percent = QuizGrade.Percent(score, before.MaxScore);
            var status = waiting ? AttemptStatus.AwaitingGrading : AttemptStatus.Graded;
            passed = !waiting && percent >= snapshot.PassMarkPercent;
            await db.Set<QuizAttempt>().Where(a => a.Id == attemptId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status).SetProperty(a => a.Score, score)
                    .SetProperty(a => a.Percent, waiting ? null : percent).SetProperty(a => a.Passed, passed), cancellationToken);
            await events.RaiseAsync(GradeChange(before, status, score, waiting ? null : percent, passed, Now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        if (passed)
        {
            await NotifyCoursesAsync(attempt.UserId, attempt.QuizSet, cancellationToken);
        }

        return true;
    }

    /// <summary>A quiz's attempts for editors, newest first.</summary>
    public async Task<IReadOnlyList<QuizAttempt>> ForQuizAsync(string quizSet, int take = 500, CancellationToken cancellationToken = default)
        => await db.Set<QuizAttempt>().AsNoTracking().Where(a => a.QuizSet == quizSet)
            .OrderByDescending(a => a.StartedUtc).ThenByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);

    /// <summary>Attempts whose essays wait for an editor, oldest first.</summary>
    public async Task<IReadOnlyList<QuizAttempt>> AwaitingGradingAsync(int take = 100, CancellationToken cancellationToken = default)
        => await db.Set<QuizAttempt>().AsNoTracking().Where(a => a.Status == AttemptStatus.AwaitingGrading)
            .OrderBy(a => a.SubmittedUtc).Take(take).ToListAsync(cancellationToken);

    /// <summary>The event of a graded attempt (webhooks).</summary>
    public static LearningEvent GradedEvent(QuizAttempt attempt, decimal percent, bool passed, DateTime gradedUtc) => new(
        LearningEventKinds.QuizGraded,
        attempt.UserId,
        gradedUtc,
        new Dictionary<string, string?>
        {
            ["quiz_set"] = attempt.QuizSet,
            ["attempt_id"] = attempt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["attempt_number"] = attempt.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["percent"] = percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            ["passed"] = passed ? "true" : "false",
        });

    /// <summary>
    /// The grade event of an attempt whose grade is new or changed: graded now, and before it was not graded, or its
    /// score, percent or pass differ. None while an essay waits or when the grade stayed (a regrade that changed nothing).
    /// </summary>
    public static IReadOnlyList<LearningEvent> GradeChange(QuizAttempt before, AttemptStatus status, decimal score, decimal? percent, bool passed, DateTime gradedUtc)
    {
        // Scores are stored with four decimals (PostgreSQL rounds half away from zero): compare what the row holds.
        var changed = before.Status != AttemptStatus.Graded || before.Percent != percent || before.Passed != passed
            || Math.Round(before.Score, 4, MidpointRounding.AwayFromZero) != Math.Round(score, 4, MidpointRounding.AwayFromZero);
        return status == AttemptStatus.Graded && percent is { } graded && changed ? [GradedEvent(before, graded, passed, gradedUtc)] : [];
    }

    /// <summary>Shows a matching answer's stored option ids as the attempt's tokens again, for the form.</summary>
    public static List<string> ToTokens(SnapshotQuestion question, IReadOnlyList<string> stored)
    {
        if (question.Data.Type != QuestionType.Matching)
        {
            return [.. stored];
        }

        return [.. stored.Select(v => v.Split('=') is [var left, var option] && question.Right.FirstOrDefault(r => r.OptionId == option) is { } choice
            ? left + "=" + choice.Token
            : v)];
    }

    private static List<string>? FromTokens(SnapshotQuestion question, List<string> values)
    {
        if (question.Data.Type != QuestionType.Matching)
        {
            return values;
        }

        var result = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value.Split('=') is not [var left, var token] || question.Right.FirstOrDefault(r => r.Token == token) is not { } choice)
            {
                return null;
            }

            result.Add(left + "=" + choice.OptionId);
        }

        return result;
    }

    private async Task<bool> FinalizeAsync(QuizAttempt attempt, DateTime submittedUtc, CancellationToken cancellationToken)
    {
        var snapshot = QuizJson.Snapshot(attempt.Snapshot);
        var won = false;
        var passed = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var answers = await db.Set<AttemptAnswer>().AsNoTracking().Where(a => a.AttemptId == attempt.Id).ToListAsync(cancellationToken);
            var scores = new Dictionary<long, decimal?>();
            foreach (var question in snapshot.Questions)
            {
                var answer = answers.FirstOrDefault(a => a.QuestionId == question.QuestionId);
                var result = QuestionGrader.Grade(question.Data, answer is null ? [] : QuizJson.Response(answer.Response));
                scores[question.QuestionId] = result.NeedsManualGrading && answer is not null ? null : Math.Round(result.Fraction * question.Data.Points, 4);
            }

            var waiting = scores.Values.Any(s => s is null);
            var score = scores.Values.Sum(s => s ?? 0);
            var percent = QuizGrade.Percent(score, attempt.MaxScore);
            var status = waiting ? AttemptStatus.AwaitingGrading : AttemptStatus.Graded;
            passed = !waiting && percent >= snapshot.PassMarkPercent;
            var changed = await db.Set<QuizAttempt>()
                .Where(a => a.Id == attempt.Id && a.Status == AttemptStatus.InProgress)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, status)
                    .SetProperty(a => a.SubmittedUtc, submittedUtc)
                    .SetProperty(a => a.Score, score)
                    .SetProperty(a => a.Percent, waiting ? null : percent)
                    .SetProperty(a => a.Passed, passed), cancellationToken);
            if (changed != 1)
            {
                won = false;
                return;
            }

            var now = Now;
            foreach (var (questionId, value) in scores)
            {
                if (answers.Any(a => a.QuestionId == questionId))
                {
                    await db.Set<AttemptAnswer>().Where(a => a.AttemptId == attempt.Id && a.QuestionId == questionId)
                        .ExecuteUpdateAsync(s => s.SetProperty(a => a.Score, value), cancellationToken);
                }
                else
                {
                    // An unanswered question is recorded as such, so the review and item analysis see it (an essay left blank earns nothing too).
                    db.Add(new AttemptAnswer { AttemptId = attempt.Id, QuestionId = questionId, Response = "[]", SavedUtc = now, Score = 0 });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            if (!waiting)
            {
                await events.RaiseAsync([GradedEvent(attempt, percent, passed, submittedUtc)], cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            won = true;
        });
        db.ChangeTracker.Clear();
        if (won && passed)
        {
            await NotifyCoursesAsync(attempt.UserId, attempt.QuizSet, cancellationToken);
        }

        return won;
    }

    private async Task NotifyCoursesAsync(string userId, string quizSet, CancellationToken cancellationToken)
    {
        foreach (var course in courses)
        {
            await course.RequirementFulfilledAsync(userId, quizSet, cancellationToken);
        }
    }

    private async Task<AttemptSnapshot> DrawAsync(QuizPart part, CancellationToken cancellationToken)
    {
        var ids = part.FixedQuestionIds.Distinct().ToList();
        foreach (var rule in part.DrawRules.Where(r => r.Count > 0))
        {
            var pool = (await bank.IdsInCategoryAsync(rule.CategoryId, cancellationToken)).Except(ids).ToArray();
            Random.Shared.Shuffle(pool);
            ids.AddRange(pool.Take(rule.Count));
        }

        var found = (await bank.GetManyAsync(ids, cancellationToken)).ToDictionary(q => q.Id);
        var questions = ids.Where(found.ContainsKey).Select(id => found[id]).Take(QuizPart.MaxQuestions).ToArray();
        if (part.ShuffleQuestions)
        {
            Random.Shared.Shuffle(questions);
        }

        return new AttemptSnapshot
        {
            PassMarkPercent = part.PassMarkPercent,
            Layout = part.Layout,
            Questions = [.. questions.Select(q => Freeze(q, part.ShuffleOptions))],
        };
    }

    private static SnapshotQuestion Freeze(Question question, bool shuffleOptions)
    {
        var data = QuizJson.Question(question.Data);
        var order = data.Options.Select(o => o.Id).ToArray();

        // Ordering items are always shown out of order: the stored order is the answer.
        if (shuffleOptions || data.Type == QuestionType.Ordering)
        {
            for (var i = 0; i < 5; i++)
            {
                Random.Shared.Shuffle(order);
                if (data.Type != QuestionType.Ordering || order.Length < 2 || !order.SequenceEqual(data.Options.Select(o => o.Id)))
                {
                    break;
                }
            }
        }

        var right = new List<MatchChoice>();
        if (data.Type == QuestionType.Matching)
        {
            right = [.. data.Options.Select(o => new MatchChoice { Token = OptionIds.New(), OptionId = o.Id }).OrderBy(c => c.Token, StringComparer.Ordinal)];
        }

        return new SnapshotQuestion { QuestionId = question.Id, Version = question.Version, OptionOrder = [.. order], Data = data, Right = right };
    }

    private async Task<List<QuizAttempt>> AttemptsAsync(string userId, string quizSet, CancellationToken cancellationToken)
        => await db.Set<QuizAttempt>().AsNoTracking().Where(a => a.UserId == userId && a.QuizSet == quizSet).OrderBy(a => a.Number).ToListAsync(cancellationToken);

    private (AttemptOutcome, DateTime?) CanStart(QuizPart part, IReadOnlyList<QuizAttempt> attempts)
    {
        var now = Now;
        if (part.OpensUtc is { } opens && now < opens)
        {
            return (AttemptOutcome.NotOpenYet, opens);
        }

        if (part.ClosesUtc is { } closes && now >= closes)
        {
            return (AttemptOutcome.Closed, null);
        }

        if (part.AttemptsAllowed > 0 && attempts.Count >= part.AttemptsAllowed)
        {
            return (AttemptOutcome.NoAttemptsLeft, null);
        }

        var last = attempts.Where(a => a.SubmittedUtc is not null).Select(a => a.SubmittedUtc!.Value).DefaultIfEmpty().Max();
        if (part.CooldownMinutes > 0 && last != default && now < last.AddMinutes(part.CooldownMinutes))
        {
            return (AttemptOutcome.CoolingDown, last.AddMinutes(part.CooldownMinutes));
        }

        return (AttemptOutcome.Ok, null);
    }

    private bool IsOverdue(QuizAttempt attempt)
        => attempt.Status == AttemptStatus.InProgress && attempt.DeadlineUtc is { } deadline && Now > deadline + Grace;

    private bool IsPastDeadline(QuizAttempt attempt)
        => attempt.DeadlineUtc is { } deadline && Now > deadline + Grace;
}
