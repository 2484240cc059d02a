using System.Security.Cryptography;
using System.Text;
using Mektep.Email;
using Mektep.Engine.Data;
using Mektep.Engine.Security;
using Mektep.Security;
using Mektep.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Mektep.Engine.Organisation;

/// <summary>
/// Bulk enrolment of learners from CSV: the upload is kept as a batch, previewed line by line, and on
/// confirmation the same bytes are read again and every good line becomes a learner without a password who
/// is mailed a link to choose one.
/// </summary>
public sealed class LearnerImport(
    MektepDbContext db,
    OrganisationTree tree,
    UserManager<SiteUser> users,
    IEmailSender email,
    ISiteSettingsStore settings,
    IStringLocalizer<LearnerImport> T,
    TimeProvider clock,
    ILogger<LearnerImport> logger)
{
    /// <summary>Users saved per SaveChanges; each batch is one transaction, and a failed batch is retried one user at a time.</summary>
    private const int SaveBatchSize = 250;

    public async Task<UploadResult> UploadAsync(string fileName, byte[] content, string userId)
    {
        if (content.Length > LearnerCsv.MaxFileBytes)
        {
            return UploadResult.Fail("The file is larger than 5 MB. Split it into smaller files.");
        }

        if (LearnerCsv.Decode(content) is null)
        {
            return UploadResult.Fail("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8) and upload it again.");
        }

        var batch = new ImportBatch
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            FileName = Path.GetFileName(fileName).Length > 256 ? Path.GetFileName(fileName)[..256] : Path.GetFileName(fileName),
            Content = content,
            CreatedBy = userId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(batch);
        await db.SaveChangesAsync();
        return new UploadResult(batch.Id, null);
    }

    /// <summary>The batch's lines and their outcome, or null when the batch is not this user's.</summary>
    public async Task<ImportPreview?> PreviewAsync(string batchId, string userId, CancellationToken cancellationToken = default)
    {
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId && b.CreatedBy == userId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var organisation = await tree.LoadAsync(cancellationToken);
        return new ImportPreview(batch.Id, batch.FileName, batch.ImportedUtc, await ValidateAsync(batch.Content, organisation, cancellationToken), organisation);
    }

    /// <summary>Creates the good lines' learners. Runs at most once per batch; returns null when it already ran or is not this user's.</summary>
    public async Task<ImportResult?> ImportAsync(string batchId, string userId, Uri siteBaseUri, CancellationToken cancellationToken = default)
    {
        // Claiming the batch first makes a double-clicked confirmation import once.
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Set<ImportBatch>()
            .Where(b => b.Id == batchId && b.CreatedBy == userId && b.ImportedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ImportedUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var content = await db.Set<ImportBatch>().Where(b => b.Id == batchId).Select(b => b.Content).FirstAsync(cancellationToken);
        var organisation = await tree.LoadAsync(cancellationToken);
        var rows = await ValidateAsync(content, organisation, cancellationToken);
        var learnerRoleId = await db.Roles.Where(r => r.Name == StandardRoles.Learner).Select(r => r.Id).FirstAsync(cancellationToken);

        var started = clock.GetTimestamp();
        var created = new List<SiteUser>();
        var failed = new List<LearnerRow>();
        foreach (var chunk in rows.Where(r => r.IsGood).Chunk(SaveBatchSize))
        {
            var chunkUsers = chunk.Select(row => (Row: row, User: NewLearner(row, now))).ToList();
            if (await TrySaveAsync(chunkUsers.Select(c => c.User), learnerRoleId, cancellationToken))
            {
                created.AddRange(chunkUsers.Select(c => c.User));
                continue;
            }

            // Someone took an address since the preview, or similar: save the rest one by one.
            foreach (var (row, user) in chunkUsers)
            {
                if (await TrySaveAsync([user], learnerRoleId, cancellationToken))
                {
                    created.Add(user);
                }
                else
                {
                    failed.Add(row);
                }
            }
        }

        var saved = clock.GetElapsedTime(started);
        foreach (var user in created)
        {
            await SendWelcomeAsync(user, siteBaseUri, cancellationToken);
        }

        logger.LogInformation(
            "Imported {Created} learners of {Lines} lines from batch {Batch}: saved in {SaveMs} ms, mailed in {MailMs} ms.",
            created.Count, rows.Count, batchId, (long)saved.TotalMilliseconds, (long)(clock.GetElapsedTime(started) - saved).TotalMilliseconds);

        return new ImportResult(created.Count, rows.Count - created.Count, failed);
    }

    private async Task<IReadOnlyList<LearnerRow>> ValidateAsync(byte[] content, OrganisationSnapshot organisation, CancellationToken cancellationToken)
    {
        var text = LearnerCsv.Decode(content) ?? "";
        var emails = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null).Select(u => u.NormalizedEmail!).ToListAsync(cancellationToken);
        var validator = new LearnerRowValidator(organisation, emails);
        return [.. LearnerCsv.Read(text).Select(validator.Validate)];
    }

    private SiteUser NewLearner(LearnerRow row, DateTime now)
    {
        var user = new SiteUser
        {
            DisplayName = row.Name,
            Email = row.Email,
            UserName = row.Email,
            EmailConfirmed = true,
            LockoutEnabled = true,
            PhoneNumber = row.Phone,
            PreferredCulture = row.Culture,
            RuralDistrictId = row.RuralDistrictId,
            CreatedUtc = now,
        };
        user.NormalizedEmail = users.NormalizeEmail(row.Email);
        user.NormalizedUserName = users.NormalizeName(row.Email);
        return user;
    }

    /// <summary>Saves users with their Learner role in one transaction: all of them or none.</summary>
    private async Task<bool> TrySaveAsync(IEnumerable<SiteUser> batch, string learnerRoleId, CancellationToken cancellationToken)
    {
        foreach (var user in batch)
        {
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = learnerRoleId });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task SendWelcomeAsync(SiteUser user, Uri siteBaseUri, CancellationToken cancellationToken)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = new Uri(siteBaseUri, $"account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={code}").ToString();
        var site = settings.Current.SiteName;
        await email.SendAsync(
            new EmailMessage
            {
                To = user.Email!,
                ToName = user.DisplayName,
                Subject = T["Welcome to {0}: choose your password", site],
                TextBody = T["Hello {0},\n\nAn account was created for you on {1}. Follow this link to choose your password (it works once, for one day):\n{2}\n\nYour sign-in is your email address: {3}", user.DisplayName, site, link, user.Email!],
            },
            cancellationToken);
    }
}

/// <summary>The kept batch's id, or the English reason the upload was refused.</summary>
public sealed record UploadResult(string? BatchId, string? Error)
{
    public static UploadResult Fail(string error) => new(null, error);
}

/// <summary>What a confirmation would do, line by line.</summary>
public sealed record ImportPreview(string BatchId, string FileName, DateTime? ImportedUtc, IReadOnlyList<LearnerRow> Rows, OrganisationSnapshot Organisation)
{
    public int GoodCount => Rows.Count(r => r.IsGood);
}

/// <summary>How many learners were created and how many lines skipped; <see cref="Failed"/> are good lines that could not be saved.</summary>
public sealed record ImportResult(int Created, int Skipped, IReadOnlyList<LearnerRow> Failed);
