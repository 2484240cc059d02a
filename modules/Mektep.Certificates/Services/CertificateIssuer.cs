using System.Globalization;
using System.Text.Json;
using Mektep.Audit;
using Mektep.Certificates.Models;
using Mektep.Content;
using Mektep.Learning;
using Mektep.Localization;
using Mektep.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Mektep.Certificates.Services;

/// <summary>
/// Issues certificates: one (on completion, by hand, as a reissue) or many (a cohort, a region, a list), after a
/// preview that says who will get one and why the others will not. At most one certificate in force per learner and
/// course: a repeat, or a concurrent second request, answers <see cref="IssueOutcome.AlreadyIssued"/>.
/// </summary>
public sealed class CertificateIssuer(
    DbContext db,
    TimeProvider clock,
    ICourseRoster roster,
    IPeopleDirectory people,
    CertificateTemplates templates,
    CertificateLinks links,
    CertificateMailer mailer,
    IAuditTrail audit,
    IStringLocalizer<CertificateIssuer> t,
    ILogger<CertificateIssuer> logger,
    IEnumerable<ILearningEventHandler>? events = null)
{
    public const string AuditCategory = "Certificates";
    public const string IssuedAction = "Issued";
    public const string RevokedAction = "Revoked";
    public const string ReissuedAction = "Reissued";
    public const int MaxBulk = 5000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Who of <paramref name="userIds"/> would get a certificate of the course, and why the others would not.</summary>
    /// <param name="courseSet">The course.</param>
    /// <param name="userIds">The learners.</param>
    /// <param name="requireCompletion">Bulk issue requires completion; a manual issue for one learner does not.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<IssuancePreview> PreviewAsync(string courseSet, IReadOnlyCollection<string> userIds, bool requireCompletion = true, CancellationToken cancellationToken = default)
    {
        var template = await templates.FindAsync(courseSet, null, cancellationToken);
        var part = template?.As<CertificateTemplatePart>();
        var persons = await people.GetPeopleAsync([.. userIds.Distinct(StringComparer.Ordinal)], cancellationToken);
        var states = await roster.GetStatesAsync(courseSet, [.. persons.Select(p => p.Id)], cancellationToken);
        var holders = await ActiveHoldersAsync(courseSet, [.. persons.Select(p => p.Id)], cancellationToken);
        var rows = new List<IssuancePreviewRow>();
        foreach (var person in persons.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture))
        {
            states.TryGetValue(person.Id, out var state);
            var outcome = template is null ? IssueOutcome.NoTemplate
                : holders.Contains(person.Id) ? IssueOutcome.AlreadyIssued
                : requireCompletion && state is null ? IssueOutcome.NotEnrolled
                : requireCompletion && !state!.Completed ? IssueOutcome.NotCompleted
                : GradeOutcome(part!, state);
            rows.Add(new IssuancePreviewRow(person, outcome, state?.Grade, state?.CompletedUtc));
        }

        var unknown = userIds.Distinct(StringComparer.Ordinal).Count() - persons.Count;
        return new IssuancePreview(courseSet, template, rows, unknown);
    }

    /// <summary>Issues a certificate to one learner; inside a caller's transaction (a completion) it writes through it.</summary>
    public async Task<IssueResult> IssueAsync(string courseSet, string userId, string source, string? culture = null, bool requireCompletion = true, long? replacesId = null, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(courseSet, [userId], requireCompletion, cancellationToken);
        if (preview.Rows.Count == 0)
        {
            return new IssueResult(IssueOutcome.UnknownLearner, null);
        }

        var row = preview.Rows[0];
        if (row.Outcome != IssueOutcome.WillIssue)
        {
            return new IssueResult(row.Outcome, null);
        }

        var outer = db.Database.CurrentTransaction;
        if (outer is not null)
        {
            const string savepoint = "certificate_issue";
            await outer.CreateSavepointAsync(savepoint, cancellationToken);
            try
            {
                var certificate = await WriteAsync(courseSet, [row], source, culture, replacesId, cancellationToken);
                return new IssueResult(IssueOutcome.Issued, certificate[0]);
            }
            catch (DbUpdateException ex)
            {
                await outer.RollbackToSavepointAsync(savepoint, cancellationToken);
                db.ChangeTracker.Clear();
                return await AfterConflictAsync(courseSet, userId, ex, cancellationToken);
            }
        }

        try
        {
            var issued = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var written = await WriteAsync(courseSet, [row], source, culture, replacesId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return written[0];
            });
            return new IssueResult(IssueOutcome.Issued, issued);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            return await AfterConflictAsync(courseSet, userId, ex, cancellationToken);
        }
    }

    /// <summary>Issues to every learner of the preview who will get one, in one transaction; returns the certificates.</summary>
    public async Task<IReadOnlyList<Certificate>> IssueBulkAsync(string courseSet, IReadOnlyCollection<string> userIds, string? culture = null, CancellationToken cancellationToken = default)
    {
        if (userIds.Count > MaxBulk)
        {
            throw new ArgumentException($"At most {MaxBulk} learners at once.", nameof(userIds));
        }

        var preview = await PreviewAsync(courseSet, userIds, requireCompletion: true, cancellationToken);
        var eligible = preview.Rows.Where(r => r.Outcome == IssueOutcome.WillIssue).ToList();
        if (eligible.Count == 0)
        {
            return [];
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var written = await WriteAsync(courseSet, eligible, CertificateSources.Bulk, culture, null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return written;
        });
    }

    private async Task<IssueResult> AfterConflictAsync(string courseSet, string userId, DbUpdateException ex, CancellationToken cancellationToken)
    {
        if ((await ActiveHoldersAsync(courseSet, [userId], cancellationToken)).Count == 0)
        {
            throw new InvalidOperationException("Issuing a certificate failed.", ex);
        }

        logger.LogInformation("A concurrent request issued the certificate of {Course} to {User} first.", courseSet, userId);
        return new IssueResult(IssueOutcome.AlreadyIssued, null);
    }

    private async Task<HashSet<string>> ActiveHoldersAsync(string courseSet, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var holders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in userIds.Chunk(500))
        {
            holders.UnionWith(await db.Set<Certificate>().AsNoTracking()
                .Where(c => c.CourseSet == courseSet && c.RevokedUtc == null && chunk.Contains(c.UserId))
                .Select(c => c.UserId).ToListAsync(cancellationToken));
        }

        return holders;
    }

    private static IssueOutcome GradeOutcome(CertificateTemplatePart part, LearnerCourseState? state)
        => part.MinimumGrade is not { } minimum ? IssueOutcome.WillIssue
            : state?.Grade is not { } grade ? IssueOutcome.NoGrade
            : grade < minimum ? IssueOutcome.BelowMinimumGrade
            : IssueOutcome.WillIssue;

    private async Task<List<Certificate>> WriteAsync(string courseSet, IReadOnlyList<IssuancePreviewRow> rows, string source, string? culture, long? replacesId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = await CertificateNumbers.ReserveAsync(db, now.Year, rows.Count, cancellationToken);
        var certificates = new List<Certificate>(rows.Count);
        var templatesByCulture = new Dictionary<string, ContentItem?>(StringComparer.Ordinal);
        var courses = new Dictionary<string, CourseSummary?>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var wanted = culture ?? "kk";
            if (!templatesByCulture.TryGetValue(wanted, out var template))
            {
                template = templatesByCulture[wanted] = await templates.FindAsync(courseSet, wanted, cancellationToken);
            }

            if (template is null)
            {
                throw new InvalidOperationException("The course has no published certificate template.");
            }

            var printCulture = template.Culture is "kk" or "ru" or "en" ? template.Culture : "kk";
            if (!courses.TryGetValue(printCulture, out var course))
            {
                course = courses[printCulture] = await roster.GetCourseAsync(courseSet, printCulture, cancellationToken);
            }

            var certificate = await BuildAsync(template, course, row, numbers[i], printCulture, source, replacesId, now);
            certificates.Add(certificate);
        }

        db.AddRange(certificates);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var certificate in certificates)
        {
            db.Entry(certificate).State = EntityState.Detached;
        }

        if (certificates.Count == 1)
        {
            var single = certificates[0];
            await audit.RecordAsync(new AuditEvent(AuditCategory, replacesId is null ? IssuedAction : ReissuedAction, single.Number, $"{single.LearnerName}: {single.CourseTitle}",
                AuditJson.Serialize(new { single.Id, single.UserId, single.CourseSet, single.Source, ReplacesId = replacesId })), cancellationToken);
        }
        else
        {
            await audit.RecordAsync(new AuditEvent(AuditCategory, IssuedAction, courseSet, $"{certificates.Count} × {certificates[0].CourseTitle}",
                AuditJson.Serialize(new { Count = certificates.Count, First = certificates[0].Number, Last = certificates[^1].Number, Source = source })), cancellationToken);
        }

        await mailer.QueueAsync(certificates, cancellationToken);
        await events.RaiseAsync([.. certificates.Select(c => Event(LearningEventKinds.CertificateIssued, c, c.IssuedUtc))], cancellationToken);
        return certificates;
    }

    /// <summary>A certificate event (webhooks): identifiers and dates, never the verification code.</summary>
    public static LearningEvent Event(string kind, Certificate certificate, DateTime occurredUtc) => new(
        kind,
        certificate.UserId,
        occurredUtc,
        new Dictionary<string, string?>
        {
            ["certificate_id"] = certificate.Id.ToString(CultureInfo.InvariantCulture),
            ["certificate_number"] = certificate.Number,
            ["course_set"] = certificate.CourseSet,
            ["issued_utc"] = certificate.IssuedUtc.ToString("O", CultureInfo.InvariantCulture),
            ["expires_utc"] = certificate.ExpiresUtc?.ToString("O", CultureInfo.InvariantCulture),
            ["source"] = certificate.Source,
            ["replaces_id"] = certificate.ReplacesId?.ToString(CultureInfo.InvariantCulture),
        });

    private async Task<Certificate> BuildAsync(ContentItem template, CourseSummary? course, IssuancePreviewRow row, string number, string culture, string source, long? replacesId, DateTime now)
    {
        var part = template.As<CertificateTemplatePart>();
        var code = VerificationCodes.New();
        var completed = row.CompletedUtc ?? now;
        using var scope = CultureScope.Use(culture);
        var region = row.Person.Place.RegionName ?? "";
        var grade = row.Grade?.ToString("0.#", CultureInfo.CurrentCulture);
        var values = new Dictionary<string, object?>
        {
            ["learner_name"] = row.Person.DisplayName,
            ["course_title"] = course?.Title ?? "",
            ["completion_date"] = completed.ToString("d MMMM yyyy", CultureInfo.CurrentCulture),
            ["grade"] = grade ?? "",
            ["hours"] = course?.Hours ?? 0,
            ["region"] = region,
            ["certificate_number"] = number,
            ["verification_code"] = VerificationCodes.Format(code),
        };
        var snapshot = new CertificateSnapshot
        {
            Title = template.DisplayText,
            Body = await CertificateTemplates.RenderAsync(part.Body, values),
            LearnerName = row.Person.DisplayName,
            CourseTitle = course?.Title ?? "",
            CompletionDate = (string)values["completion_date"]!,
            IssueDate = now.ToString("d MMMM yyyy", CultureInfo.CurrentCulture),
            Grade = grade,
            Hours = course?.Hours ?? 0,
            Region = region,
            Number = number,
            VerificationCode = code,
            VerifyUrl = links.VerifyUrl(code),
            Culture = culture,
            PageSize = part.PageSize,
            Orientation = part.Orientation,
            BackgroundImagePath = part.BackgroundImagePath,
            Signatories = [.. part.Signatories.Take(CertificateTemplatePart.MaxSignatories)],
            Labels = new Dictionary<string, string>
            {
                ["number"] = t["Certificate No. {0}", number],
                ["issued"] = t["Issued {0}", now.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)],
                ["verify"] = t["Check this certificate at {0} with the code {1}", links.VerifyBaseUrl(), VerificationCodes.Format(code)],
            },
        };
        return new Certificate
        {
            Number = number,
            VerificationCode = code,
            UserId = row.Person.Id,
            CourseSet = course?.CourseSet ?? part.CourseSet,
            TemplateItemId = template.ContentItemId,
            Culture = culture,
            LearnerName = Cut(row.Person.DisplayName, 256),
            CourseTitle = Cut(course?.Title ?? "", 1024),
            RegionId = row.Person.Place.RegionId,
            CompletedUtc = completed,
            IssuedUtc = now,
            ExpiresUtc = part.ValidityMonths is { } months and > 0 ? now.AddMonths(months) : null,
            Source = source,
            ReplacesId = replacesId,
            SnapshotJson = JsonSerializer.Serialize(snapshot, Json),
        };
    }

    public static CertificateSnapshot ReadSnapshot(Certificate certificate)
        => JsonSerializer.Deserialize<CertificateSnapshot>(certificate.SnapshotJson, Json) ?? new CertificateSnapshot();

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>The result of issuing to one learner.</summary>
public sealed record IssueResult(IssueOutcome Outcome, Certificate? Certificate);

/// <summary>Who will and will not get a certificate.</summary>
/// <param name="CourseSet">The course.</param>
/// <param name="Template">Its template (any language), or null.</param>
/// <param name="Rows">One per known learner, by name.</param>
/// <param name="UnknownCount">Ids that belong to nobody.</param>
public sealed record IssuancePreview(string CourseSet, ContentItem? Template, IReadOnlyList<IssuancePreviewRow> Rows, int UnknownCount)
{
    public int WillIssueCount => Rows.Count(r => r.Outcome == IssueOutcome.WillIssue);
}

/// <summary>A learner of a preview.</summary>
public sealed record IssuancePreviewRow(PersonSummary Person, IssueOutcome Outcome, decimal? Grade, DateTime? CompletedUtc);
