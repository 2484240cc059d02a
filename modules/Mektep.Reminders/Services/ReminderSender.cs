using System.Globalization;
using Mektep.Email;
using Mektep.Learning;
using Mektep.People;
using Mektep.Reminders.Models;
using Mektep.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mektep.Reminders.Services;

/// <summary>
/// Sends one queued reminder: checks again that it is still owed (the learner may have completed the course since
/// the sweep), composes it in the person's language, and writes it to the outbox and the person's notifications in
/// the same transaction that moves its ledger row from Queued to Sent. Only the send whose conditional update moved
/// the row writes anything, so two sends of the same row at once (two nodes, a retried job) deliver one message.
/// </summary>
public sealed class ReminderSender(
    DbContext db,
    ReminderCandidates candidates,
    ILearnerRecords learners,
    IEnumerable<IQuizRecords> quizRecords,
    IPeopleDirectory people,
    IPeopleContacts contacts,
    IMessagePreferences preferences,
    IEmailComposer composer,
    IEmailOutbox outbox,
    IUserNotifications notifications,
    ISiteSettingsStore settings,
    ReminderLinks links,
    TimeProvider clock,
    IStringLocalizer<ReminderSender> T)
{
    public async Task<SendOutcome> SendAsync(long ledgerId, CancellationToken cancellationToken = default)
    {
        var entry = await db.Set<ReminderLedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == ledgerId, cancellationToken);
        if (entry is not { Status: ReminderStatus.Queued })
        {
            return SendOutcome.AlreadyDone;
        }

        var rule = await db.Set<ReminderRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == entry.RuleId, cancellationToken);
        if (rule is not { Enabled: true } || (!rule.Email && !rule.InApp))
        {
            return await SkipAsync(entry, "The rule is disabled.", cancellationToken);
        }

        // The last check before anything leaves: is this exact reminder still owed to this person now?
        var owed = (await candidates.FindAsync([rule], [entry.UserId], cancellationToken))
            .FirstOrDefault(c => c.Subject == entry.Subject && c.Period == entry.Period);
        if (owed is null)
        {
            return await SkipAsync(entry, "No longer applies.", cancellationToken);
        }

        var (message, skip) = await PrepareAsync(entry, rule, owed, cancellationToken);
        if (message is null)
        {
            return await SkipAsync(entry, skip!, cancellationToken);
        }

        var sent = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            sent = await WriteAsync(entry, message, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return sent ? SendOutcome.Sent : SendOutcome.AlreadyDone;
    }

    /// <summary>
    /// Sends a reminder owed right now inside the caller's open transaction (the welcome, in the enrollment's
    /// transaction): the ledger row goes in under a savepoint, so a row a sweep wrote first (the unique key) makes this
    /// a no-op rather than failing the enrollment, and the outbox row and notification commit with the caller.
    /// </summary>
    public async Task<SendOutcome> SendNowAsync(ReminderRule rule, ReminderCandidate owed, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new ReminderLedgerEntry { RuleId = rule.Id, UserId = owed.UserId, Subject = owed.Subject, Period = owed.Period, Status = ReminderStatus.Queued, CreatedUtc = now };
        var transaction = db.Database.CurrentTransaction;
        var savepoint = "reminder_" + Guid.NewGuid().ToString("N")[..12];
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            if (await db.Set<ReminderLedgerEntry>().AnyAsync(e => e.RuleId == rule.Id && e.UserId == owed.UserId && e.Subject == owed.Subject && e.Period == owed.Period, cancellationToken))
            {
                return SendOutcome.AlreadyDone;
            }

            db.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(entry).State = EntityState.Detached;
        }
        catch (DbUpdateException)
        {
            db.Entry(entry).State = EntityState.Detached;
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            return SendOutcome.AlreadyDone;
        }

        var (message, skip) = await PrepareAsync(entry, rule, owed, cancellationToken);
        if (message is null)
        {
            return await SkipAsync(entry, skip!, cancellationToken);
        }

        return await WriteAsync(entry, message, cancellationToken) ? SendOutcome.Sent : SendOutcome.AlreadyDone;
    }

    /// <summary>Composes the email and the in-app text, or says why nothing can be sent.</summary>
    private async Task<(PreparedReminder? Message, string? Skip)> PrepareAsync(ReminderLedgerEntry entry, ReminderRule rule, ReminderCandidate owed, CancellationToken cancellationToken)
    {
        var person = (await people.GetPeopleAsync([entry.UserId], cancellationToken)).FirstOrDefault();
        if (person is null || string.IsNullOrWhiteSpace(person.Email))
        {
            return (null, "The person has no account or email.");
        }

        var culture = await CultureAsync(entry.UserId, cancellationToken);
        var content = await DescribeAsync(owed, culture, cancellationToken);
        if (content is null)
        {
            return (null, "The course or quiz is no longer published.");
        }

        EmailMessage? email = null;
        if (rule.Email && await preferences.WantsEmailAsync(entry.UserId, owed.Kind, cancellationToken))
        {
            var model = content.Model.ToDictionary(p => p.Key, p => p.Value is string path && path.StartsWith('/') ? links.Absolute(path) : p.Value);
            email = await composer.ComposeAsync(owed.Kind, new EmailRecipient(person.Email, person.DisplayName, person.Id, culture), model, cancellationToken);
        }

        return (new PreparedReminder(rule, owed, email, culture, content), null);
    }

    /// <summary>
    /// In the open transaction: moves the ledger row Queued to Sent with a conditional update and, only if that
    /// changed the row, writes the outbox message and the in-app notification. True when this call sent it.
    /// </summary>
    private async Task<bool> WriteAsync(ReminderLedgerEntry entry, PreparedReminder message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = await db.Set<ReminderLedgerEntry>()
            .Where(e => e.RuleId == entry.RuleId && e.UserId == entry.UserId && e.Subject == entry.Subject && e.Period == entry.Period && e.Status == ReminderStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ReminderStatus.Sent).SetProperty(e => e.ProcessedUtc, now), cancellationToken) == 1;
        if (!sent)
        {
            return false;
        }

        var key = $"reminders:{entry.RuleId}:{entry.UserId}:{entry.Subject}:{entry.Period}";
        if (message.Email is not null)
        {
            await outbox.EnqueueAsync(message.Email, new EmailEnvelope(message.Owed.Kind, key) { UserId = entry.UserId, Culture = message.Culture }, cancellationToken);
        }

        if (message.Rule.InApp)
        {
            await notifications.AddAsync(new UserNotificationMessage(entry.UserId, message.Owed.Kind, key, message.Content.Title, message.Content.Body, message.Content.Url), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The person's chosen message language, else their site language, else the site's.</summary>
    public async Task<string> CultureAsync(string userId, CancellationToken cancellationToken)
        => await preferences.GetCultureAsync(userId, cancellationToken)
            ?? (await contacts.GetPreferredCulturesAsync([userId], cancellationToken)).GetValueOrDefault(userId)
            ?? settings.Current.DefaultCulture;

    private async Task<SendOutcome> SkipAsync(ReminderLedgerEntry entry, string note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<ReminderLedgerEntry>()
            .Where(e => e.RuleId == entry.RuleId && e.UserId == entry.UserId && e.Subject == entry.Subject && e.Period == entry.Period && e.Status == ReminderStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ReminderStatus.Skipped).SetProperty(e => e.Note, note).SetProperty(e => e.ProcessedUtc, now), cancellationToken);
        return changed == 1 ? SendOutcome.Skipped : SendOutcome.AlreadyDone;
    }

    /// <summary>The template model and the in-app text, in <paramref name="culture"/>; null when the subject vanished.</summary>
    private async Task<ReminderContent?> DescribeAsync(ReminderCandidate c, string culture, CancellationToken cancellationToken)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
        try
        {
            return c.Kind switch
            {
                ReminderKinds.WeeklyDigest => await DigestAsync(c, cancellationToken),
                ReminderKinds.QuizDue or ReminderKinds.QuizFailed => await QuizAsync(c, culture, cancellationToken),
                _ => await CourseAsync(c, culture, cancellationToken),
            };
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private async Task<ReminderContent?> CourseAsync(ReminderCandidate c, string culture, CancellationToken cancellationToken)
    {
        if (c.CourseSet is null || (await learners.DescribeAsync([c.CourseSet], culture, cancellationToken)).GetValueOrDefault(c.CourseSet) is not { } course)
        {
            return null;
        }

        var days = c.DueUtc is { } since ? (int)(clock.GetUtcNow().UtcDateTime - since).TotalDays : 0;
        var due = c.DueUtc?.ToString("d", CultureInfo.CurrentCulture) ?? "";
        var model = new Dictionary<string, object?>
        {
            ["course_title"] = course.Title,
            ["course_url"] = course.Href,
            ["percent"] = (int)c.Percent,
            ["days"] = days,
            ["due_date"] = due,
        };
        var (title, body) = c.Kind switch
        {
            ReminderKinds.Welcome => (T["You are enrolled in «{0}»", course.Title].Value, T["Start with the first lesson when you are ready."].Value),
            ReminderKinds.Inactivity => (T["Continue «{0}»", course.Title].Value, T["You have not opened this course for {0} days. You have done {1}% of it.", days, (int)c.Percent].Value),
            _ => (T["«{0}» is due on {1}", course.Title, due].Value, T["You have done {0}% of this course.", (int)c.Percent].Value),
        };
        return new ReminderContent(model, title, body, course.Href);
    }

    private async Task<ReminderContent?> QuizAsync(ReminderCandidate c, string culture, CancellationToken cancellationToken)
    {
        if (quizRecords.FirstOrDefault() is not { } quizzes
            || (await quizzes.DescribeAsync([c.Subject], culture, cancellationToken)).GetValueOrDefault(c.Subject) is not { } quiz)
        {
            return null;
        }

        var due = quiz.ClosesUtc?.ToString("g", CultureInfo.CurrentCulture) ?? "";
        var left = c.AttemptsLeft?.ToString(CultureInfo.CurrentCulture) ?? T["no limit"].Value;
        var score = c.Percent.ToString("0.#", CultureInfo.CurrentCulture);
        var model = new Dictionary<string, object?>
        {
            ["quiz_title"] = quiz.Link.Title,
            ["quiz_url"] = quiz.Link.Href,
            ["due_date"] = due,
            ["score"] = score,
            ["attempts_left"] = left,
        };
        var (title, body) = c.Kind == ReminderKinds.QuizDue
            ? (T["The quiz «{0}» closes on {1}", quiz.Link.Title, due].Value, T["You have not passed it yet."].Value)
            : (T["Try «{0}» again", quiz.Link.Title].Value, T["You scored {0}%, not enough to pass. Attempts left: {1}.", score, left].Value);
        return new ReminderContent(model, title, body, quiz.Link.Href);
    }

    private async Task<ReminderContent?> DigestAsync(ReminderCandidate c, CancellationToken cancellationToken)
    {
        if (c.RegionId is not { } regionId)
        {
            return null;
        }

        var region = (await people.ListUnitsAsync(cancellationToken)).FirstOrDefault(u => u.Id == regionId && u.IsRegion)?.Name ?? regionId.ToString(CultureInfo.InvariantCulture);
        var ids = await people.ListUserIdsAsync(new PlaceFilter(RegionId: regionId), PeopleScope.Region(regionId), cancellationToken);
        var enrollments = await learners.ListAsync(ids, activeOnly: false, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var stats = new Dictionary<string, object?>
        {
            ["region"] = region,
            ["learners"] = enrollments.Select(e => e.UserId).Distinct().Count(),
            ["enrollments"] = enrollments.Count,
            ["completed"] = enrollments.Count(e => e.Completed),
            ["completed_week"] = enrollments.Count(e => e.CompletedUtc >= now.AddDays(-7)),
            ["overdue"] = enrollments.Count(e => !e.Completed && e.DueUtc < now),
            ["inactive"] = enrollments.Count(e => !e.Completed && (e.LastActivityUtc ?? e.EnrolledUtc) < now.AddDays(-14)),
            ["report_url"] = "/admin",
        };
        var title = T["Weekly progress of {0}", region].Value;
        var body = T["{0} learners, {1} completed courses ({2} this week), {3} overdue.", stats["learners"]!, stats["completed"]!, stats["completed_week"]!, stats["overdue"]!].Value;
        return new ReminderContent(stats, title, body, "/admin");
    }

    private sealed record ReminderContent(Dictionary<string, object?> Model, string Title, string Body, string? Url);

    private sealed record PreparedReminder(ReminderRule Rule, ReminderCandidate Owed, EmailMessage? Email, string Culture, ReminderContent Content);
}

public enum SendOutcome
{
    Sent,
    Skipped,
    AlreadyDone,
}
