using System.Globalization;
using Mektep.Learning;
using Mektep.People;
using Mektep.Reminders.Models;

namespace Mektep.Reminders.Services;

/// <summary>
/// What each rule owes whom right now, derived from the learners' records. The sweep asks for everyone; the
/// send asks again for one person just before the message leaves, so a course completed (or a quiz passed, a due
/// date moved) in between means the reminder is no longer owed.
/// </summary>
public sealed class ReminderCandidates(ILearnerRecords learners, IEnumerable<IQuizRecords> quizRecords, IPeopleContacts contacts, TimeProvider clock)
{
    /// <summary>Enrollments older than this get no welcome (so enabling the rule does not greet everyone ever enrolled).</summary>
    public static readonly TimeSpan WelcomeWindow = TimeSpan.FromDays(2);

    private readonly IQuizRecords? _quizzes = quizRecords.FirstOrDefault();

    /// <summary>Candidates of the given rules, for <paramref name="userIds"/> or for everyone when null.</summary>
    public async Task<IReadOnlyList<ReminderCandidate>> FindAsync(IReadOnlyCollection<ReminderRule> rules, IReadOnlyCollection<string>? userIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new List<ReminderCandidate>();
        var learnerRules = rules.Where(r => r.Enabled && r.Type is ReminderType.Welcome or ReminderType.Inactivity or ReminderType.DueSoon or ReminderType.QuizFailed).ToList();
        if (learnerRules.Count > 0)
        {
            var enrollments = await learners.ListAsync(userIds, activeOnly: true, cancellationToken);
            var quizzes = await QuizzesAsync(learnerRules, enrollments, userIds, cancellationToken);
            foreach (var rule in learnerRules)
            {
                result.AddRange(rule.Type switch
                {
                    ReminderType.Welcome => Welcome(rule, enrollments, now),
                    ReminderType.Inactivity => Inactivity(rule, enrollments, now),
                    ReminderType.DueSoon => DueSoon(rule, enrollments, quizzes, now),
                    ReminderType.QuizFailed => QuizFailed(rule, enrollments, quizzes, now),
                    _ => [],
                });
            }
        }

        foreach (var rule in rules.Where(r => r.Enabled && r.Type == ReminderType.WeeklyDigest))
        {
            var week = IsoWeek(now);
            foreach (var coordinator in await contacts.ListCoordinatorsAsync(cancellationToken))
            {
                if (userIds is null || userIds.Contains(coordinator.UserId))
                {
                    result.Add(new ReminderCandidate(rule.Id, coordinator.UserId, $"region:{coordinator.RegionId}", week, ReminderKinds.WeeklyDigest, RegionId: coordinator.RegionId));
                }
            }
        }

        return [.. result.DistinctBy(c => c.Key)];
    }

    public static string IsoWeek(DateTime utc) => $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}";

    private static IEnumerable<ReminderCandidate> Welcome(ReminderRule rule, IReadOnlyList<LearnerEnrollment> enrollments, DateTime now)
        => enrollments
            .Where(e => e.EnrolledUtc >= now - WelcomeWindow && e.EnrolledUtc <= now)
            .Select(e => new ReminderCandidate(rule.Id, e.UserId, e.CourseSet, Stamp(e.EnrolledUtc), ReminderKinds.Welcome, e.CourseSet, Percent: e.Percent));

    /// <summary>One reminder per idle stretch: the period is the time of the last activity (or the enrollment).</summary>
    private static IEnumerable<ReminderCandidate> Inactivity(ReminderRule rule, IReadOnlyList<LearnerEnrollment> enrollments, DateTime now)
        => rule.Days < 1
            ? []
            : enrollments
                .Select(e => (Enrollment: e, Since: e.LastActivityUtc ?? e.EnrolledUtc))
                .Where(x => now - x.Since >= TimeSpan.FromDays(rule.Days))
                .Select(x => new ReminderCandidate(rule.Id, x.Enrollment.UserId, x.Enrollment.CourseSet, "idle-" + Stamp(x.Since), ReminderKinds.Inactivity, x.Enrollment.CourseSet, x.Since, x.Enrollment.Percent));

    /// <summary>The period is the due date itself: a learner's extension makes a new due date and a new reminder.</summary>
    private static IEnumerable<ReminderCandidate> DueSoon(ReminderRule rule, IReadOnlyList<LearnerEnrollment> enrollments, QuizView quizzes, DateTime now)
    {
        var horizon = now.AddDays(Math.Max(0, rule.Days));
        if (rule.Courses)
        {
            foreach (var e in enrollments.Where(e => e.DueUtc is { } due && due > now && due <= horizon))
            {
                yield return new ReminderCandidate(rule.Id, e.UserId, e.CourseSet, "due-" + Stamp(e.DueUtc!.Value), ReminderKinds.CourseDue, e.CourseSet, e.DueUtc, e.Percent);
            }
        }

        if (rule.Quizzes)
        {
            foreach (var (e, quizSet) in quizzes.InCourses(enrollments))
            {
                if (quizzes.Summaries.TryGetValue(quizSet, out var quiz) && quiz.ClosesUtc is { } closes && closes > now && closes <= horizon
                    && quizzes.Standing(e.UserId, quizSet) is not { Passed: true } and not { AttemptsLeft: 0 })
                {
                    yield return new ReminderCandidate(rule.Id, e.UserId, quizSet, "closes-" + Stamp(closes), ReminderKinds.QuizDue, e.CourseSet, closes);
                }
            }
        }
    }

    /// <summary>One reminder per failed attempt while the learner may try again and the quiz is open.</summary>
    private static IEnumerable<ReminderCandidate> QuizFailed(ReminderRule rule, IReadOnlyList<LearnerEnrollment> enrollments, QuizView quizzes, DateTime now)
    {
        foreach (var (e, quizSet) in quizzes.InCourses(enrollments))
        {
            if (quizzes.Standing(e.UserId, quizSet) is { Passed: false, InProgress: false, LastGradedPassed: false, LastGradedNumber: { } number } standing
                && standing.AttemptsLeft is null or > 0
                && quizzes.Summaries.TryGetValue(quizSet, out var quiz) && (quiz.ClosesUtc is null || quiz.ClosesUtc > now))
            {
                yield return new ReminderCandidate(rule.Id, e.UserId, quizSet, "attempt-" + number.ToString(CultureInfo.InvariantCulture), ReminderKinds.QuizFailed, e.CourseSet, quiz.ClosesUtc, standing.LastGradedPercent ?? 0, standing.AttemptsLeft);
            }
        }
    }

    private async Task<QuizView> QuizzesAsync(List<ReminderRule> rules, IReadOnlyList<LearnerEnrollment> enrollments, IReadOnlyCollection<string>? userIds, CancellationToken cancellationToken)
    {
        if (_quizzes is null || !rules.Any(r => r.Type == ReminderType.QuizFailed || (r.Type == ReminderType.DueSoon && r.Quizzes)))
        {
            return new QuizView(null, new Dictionary<string, QuizSummary>(), []);
        }

        var sets = enrollments.SelectMany(e => e.ItemSets).Where(i => i.ContentType == _quizzes.ContentType).Select(i => i.ItemSet).Distinct(StringComparer.Ordinal).ToList();
        var summaries = await _quizzes.DescribeAsync(sets, "en", cancellationToken);
        var standings = await _quizzes.StandingsAsync(sets, userIds, cancellationToken);
        return new QuizView(_quizzes.ContentType, summaries, standings.ToDictionary(s => (s.UserId, s.QuizSet)));
    }

    private static string Stamp(DateTime utc) => utc.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    private sealed record QuizView(string? ContentType, IReadOnlyDictionary<string, QuizSummary> Summaries, Dictionary<(string, string), QuizStandingSummary> Standings)
    {
        public QuizStandingSummary? Standing(string userId, string quizSet) => Standings.GetValueOrDefault((userId, quizSet));

        /// <summary>Each (enrollment, quiz) once per learner and quiz, though a quiz may sit in several courses.</summary>
        public IEnumerable<(LearnerEnrollment Enrollment, string QuizSet)> InCourses(IReadOnlyList<LearnerEnrollment> enrollments)
            => ContentType is null
                ? []
                : enrollments
                    .SelectMany(e => e.ItemSets.Where(i => i.ContentType == ContentType).Select(i => (Enrollment: e, QuizSet: i.ItemSet)))
                    .DistinctBy(x => (x.Enrollment.UserId, x.QuizSet));
    }
}
