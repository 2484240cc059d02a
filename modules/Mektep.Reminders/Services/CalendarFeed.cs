using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mektep.Learning;
using Mektep.Reminders.Models;
using Mektep.Settings;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mektep.Reminders.Services;

/// <summary>
/// A learner's private iCalendar feed of due dates (their own due date of each unfinished course, and the closing
/// time of each quiz in those courses they have not passed), behind a random 256-bit token in the address.
/// </summary>
public sealed class CalendarFeed(
    DbContext db,
    ILearnerRecords learners,
    IEnumerable<IQuizRecords> quizRecords,
    ISiteSettingsStore settings,
    ReminderLinks links,
    TimeProvider clock,
    IStringLocalizer<CalendarFeed> T)
{
    /// <summary>The learner's token, created on first use.</summary>
    public async Task<string> TokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<CalendarToken>().AsNoTracking().Where(t => t.UserId == userId).Select(t => t.Token).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var token = NewToken();
        db.Add(new CalendarToken { UserId = userId, Token = token, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return token;
        }
        catch (DbUpdateException)
        {
            // Two first visits at once: the one that was stored is the token.
            db.ChangeTracker.Clear();
            return await db.Set<CalendarToken>().AsNoTracking().Where(t => t.UserId == userId).Select(t => t.Token).FirstAsync(cancellationToken);
        }
    }

    /// <summary>Replaces the learner's token: the old address answers 404 from now on.</summary>
    public async Task<string> ResetAsync(string userId, CancellationToken cancellationToken = default)
    {
        var token = NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<CalendarToken>().Where(t => t.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Token, token).SetProperty(t => t.CreatedUtc, now), cancellationToken);
        if (changed == 0)
        {
            return await TokenAsync(userId, cancellationToken);
        }

        return token;
    }

    /// <summary>The owner of a token, or null. Compared in the database by equality; tokens are 256 random bits.</summary>
    public async Task<string?> FindUserAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length is < 20 or > 64)
        {
            return null;
        }

        return await db.Set<CalendarToken>().AsNoTracking().Where(t => t.Token == token).Select(t => t.UserId).FirstOrDefaultAsync(cancellationToken);
    }

    public string FeedUrl(string token) => links.Absolute($"/calendar/{token}.ics");

    /// <summary>The learner's due dates as an iCalendar document, titles in <paramref name="culture"/>.</summary>
    public async Task<string> BuildAsync(string userId, string culture, CancellationToken cancellationToken = default)
    {
        var enrollments = await learners.ListAsync([userId], activeOnly: true, cancellationToken);
        var courses = await learners.DescribeAsync([.. enrollments.Select(e => e.CourseSet)], culture, cancellationToken);
        var calendar = new Calendar { ProductId = "-//Mektep//Due dates//EN" };
        calendar.AddProperty("X-WR-CALNAME", T["{0}: my due dates", settings.Current.SiteName].Value);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC");
        foreach (var enrollment in enrollments.Where(e => e.DueUtc is not null))
        {
            if (!courses.TryGetValue(enrollment.CourseSet, out var course))
            {
                continue;
            }

            var due = enrollment.DueUtc!.Value;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"course-{enrollment.CourseSet}@mektep",
                DtStamp = stamp,
                Start = new CalDateTime(due.Year, due.Month, due.Day),
                End = new CalDateTime(due.AddDays(1).Year, due.AddDays(1).Month, due.AddDays(1).Day),
                Summary = T["Due: {0}", course.Title].Value,
                Description = T["Complete the course «{0}». Done so far: {1}%.", course.Title, enrollment.Percent].Value,
                Url = new Uri(links.Absolute(course.Href)),
            });
        }

        if (quizRecords.FirstOrDefault() is { } quizzes)
        {
            var quizSets = enrollments.SelectMany(e => e.ItemSets).Where(i => i.ContentType == quizzes.ContentType).Select(i => i.ItemSet).Distinct(StringComparer.Ordinal).ToList();
            var summaries = await quizzes.DescribeAsync(quizSets, culture, cancellationToken);
            var passed = (await quizzes.StandingsAsync(quizSets, [userId], cancellationToken)).Where(s => s.Passed).Select(s => s.QuizSet).ToHashSet(StringComparer.Ordinal);
            foreach (var quiz in summaries.Values.Where(q => q.ClosesUtc is not null && !passed.Contains(q.Link.ItemSet)))
            {
                var closes = quiz.ClosesUtc!.Value;
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"quiz-{quiz.Link.ItemSet}@mektep",
                    DtStamp = stamp,
                    Start = new CalDateTime(closes.AddMinutes(-30), "UTC"),
                    End = new CalDateTime(closes, "UTC"),
                    Summary = T["Quiz closes: {0}", quiz.Link.Title].Value,
                    Description = T["Pass the quiz «{0}» before it closes.", quiz.Link.Title].Value,
                    Url = new Uri(links.Absolute(quiz.Link.Href)),
                });
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
