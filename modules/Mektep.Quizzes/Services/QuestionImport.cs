using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Mektep.Audit;
using Mektep.Quizzes.Import;
using Mektep.Quizzes.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>
/// Question import: a file is parsed into a preview, and the accepted questions travel to the confirming post inside a
/// data-protected token (encrypted, signed, bound to the uploader, valid for an hour), so the server never trusts a
/// question the browser sends back, and nothing is stored until the editor confirms.
/// </summary>
public sealed class QuestionImport(DbContext db, QuestionBank bank, IDataProtectionProvider protection, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxFileBytes = 2 * 1024 * 1024;
    public const string Purpose = "Mektep.Quizzes.QuestionImport.v1";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public static readonly IReadOnlyList<string> Formats = ["gift", "aiken", "csv"];

    /// <summary>The format a file name and its text point to: .csv is CSV, .gift or any braces mean GIFT, else Aiken.</summary>
    public static string Detect(string fileName, string text)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" => "csv",
            ".gift" => "gift",
            _ => text.Contains('{', StringComparison.Ordinal) ? "gift" : "aiken",
        };
    }

    public static ImportResult Parse(string format, string text, string culture) => format switch
    {
        "gift" => GiftParser.Parse(text, culture),
        "csv" => CsvQuestionParser.Parse(text, culture),
        _ => AikenParser.Parse(text, culture),
    };

    /// <summary>The file's text, or null when its bytes are not UTF-8.</summary>
    public static string? Decode(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public string Protect(ImportPlan plan)
    {
        var json = Encoding.UTF8.GetBytes(QuizJson.Write(plan));
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(json);
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray(), clock.GetUtcNow() + TokenLifetime));
    }

    /// <summary>The plan inside a token, or null when the token is forged, altered, expired or someone else's.</summary>
    public ImportPlan? Read(string? token, string userId)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token), out var expires);
            if (expires < clock.GetUtcNow())
            {
                return null;
            }

            using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var text = new StreamReader(zip, Encoding.UTF8);
            var plan = System.Text.Json.JsonSerializer.Deserialize<ImportPlan>(text.ReadToEnd(), QuizJson.Options);
            return plan is not null && plan.UserId == userId ? plan : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Adds every question of the plan in one transaction; categories named by the file are found by name or created.
    /// Null when the plan was imported already (its batch row exists, or a concurrent confirm inserted it first).
    /// </summary>
    public async Task<int?> ImportAsync(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        if (await db.Set<ImportBatch>().AsNoTracking().AnyAsync(b => b.Id == plan.BatchId, cancellationToken))
        {
            return null;
        }

        var count = 0;
        try
        {
            await AddAllAsync(plan, c => count = c, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<ImportBatch>().AsNoTracking().AnyAsync(b => b.Id == plan.BatchId, cancellationToken))
            {
                return null;
            }

            throw;
        }

        return count;
    }

    private async Task AddAllAsync(ImportPlan plan, Action<int> done, CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The batch row first: a second confirm of the same preview stops here on the primary key.
            var batch = new ImportBatch { Id = plan.BatchId, UserId = plan.UserId, ImportedUtc = clock.GetUtcNow().UtcDateTime, Questions = plan.Items.Count };
            db.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(batch).State = EntityState.Detached;
            var categories = (await bank.CategoriesAsync(cancellationToken)).GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
            var count = 0;
            foreach (var item in plan.Items)
            {
                var categoryId = plan.CategoryId;
                if (item.Category is { Length: > 0 } name)
                {
                    if (!categories.TryGetValue(name, out var id))
                    {
                        id = (await bank.AddCategoryAsync(name, cancellationToken)).Id;
                        categories[name] = id;
                    }

                    categoryId = id;
                }

                await bank.AddAsync(item.Data, categoryId, plan.Tags, item.Name, cancellationToken);
                count++;
            }

            await audit.RecordAsync(new AuditEvent("Quizzes", "Imported", "question-bank", plan.FileName,
                $"{count} questions from {plan.Format} ({plan.FileName})"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            done(count);
        });
    }
}

/// <summary>What an editor confirmed: the accepted questions and where they go. Travels only inside a protected token.</summary>
public sealed class ImportPlan
{
    /// <summary>Random per preview; becomes the <see cref="ImportBatch"/> id when confirmed.</summary>
    public string BatchId { get; set; } = Guid.NewGuid().ToString("N");

    public string UserId { get; set; } = "";

    public string FileName { get; set; } = "";

    public string Format { get; set; } = "";

    /// <summary>The category for questions whose file names none.</summary>
    public long? CategoryId { get; set; }

    public string Tags { get; set; } = "";

    public List<ImportedQuestion> Items { get; set; } = [];
}
