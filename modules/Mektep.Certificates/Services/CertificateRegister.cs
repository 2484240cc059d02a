using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Mektep.Certificates.Models;
using Mektep.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mektep.Certificates.Services;

/// <summary>The administrator's register of issued certificates: filters, paging, CSV and XLSX export; and one learner's own list.</summary>
public sealed class CertificateRegister(DbContext db, TimeProvider clock, IStringLocalizer<CertificateRegister> t)
{
    public const int PageSize = 50;
    public const int MaxExport = 100_000;

    public async Task<RegisterPage> SearchAsync(RegisterFilter filter, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Apply(filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.IssuedUtc).ThenByDescending(c => c.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new RegisterPage(rows, total);
    }

    public async Task<IReadOnlyList<Certificate>> ExportRowsAsync(RegisterFilter filter, CancellationToken cancellationToken = default)
        => await Apply(filter).OrderBy(c => c.IssuedUtc).ThenBy(c => c.Id).Take(MaxExport).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Certificate>> ForLearnerAsync(string userId, CancellationToken cancellationToken = default)
        => await db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.IssuedUtc).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    public async Task<Certificate?> FindAsync(long id, CancellationToken cancellationToken = default)
        => await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public byte[] ToCsv(IReadOnlyList<Certificate> rows)
    {
        var text = new StringBuilder();
        CsvText.AppendLine(text, Headers(), quoteAll: true);
        foreach (var row in rows)
        {
            CsvText.AppendLine(text, Cells(row), quoteAll: true);
        }

        return CsvText.ToUtf8WithBom(text);
    }

    public byte[] ToXlsx(IReadOnlyList<Certificate> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(t["Certificates"].Value is { Length: > 0 and <= 31 } name ? name : "Certificates");
        var headers = Headers();
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in rows)
        {
            var cells = Cells(row);
            for (var c = 0; c < cells.Count; c++)
            {
                sheet.Cell(r, c + 1).SetValue(cells[c]);
            }

            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public string StatusText(CertificateStatus status) => status switch
    {
        CertificateStatus.Revoked => t["Revoked"],
        CertificateStatus.Expired => t["Expired"],
        _ => t["Valid"],
    };

    private IQueryable<Certificate> Apply(RegisterFilter filter)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Set<Certificate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.CourseSet))
        {
            query = query.Where(c => c.CourseSet == filter.CourseSet);
        }

        if (filter.RegionId is { } region)
        {
            query = query.Where(c => c.RegionId == region);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.IssuedUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.IssuedUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(c => c.Number.Contains(text) || c.LearnerName.Contains(text));
        }

        return filter.Status switch
        {
            CertificateStatus.Revoked => query.Where(c => c.RevokedUtc != null),
            CertificateStatus.Expired => query.Where(c => c.RevokedUtc == null && c.ExpiresUtc != null && c.ExpiresUtc <= now),
            CertificateStatus.Valid => query.Where(c => c.RevokedUtc == null && (c.ExpiresUtc == null || c.ExpiresUtc > now)),
            _ => query,
        };
    }

    private List<string> Headers() => [t["Number"], t["Learner"], t["Course"], t["Completed"], t["Issued"], t["Expires"], t["Status"], t["Revoked"], t["Reason"], t["Source"]];

    private List<string> Cells(Certificate row) =>
    [
        row.Number,
        row.LearnerName,
        row.CourseTitle,
        Date(row.CompletedUtc),
        Date(row.IssuedUtc),
        Date(row.ExpiresUtc),
        StatusText(row.StatusAt(clock.GetUtcNow().UtcDateTime)),
        Date(row.RevokedUtc),
        row.RevokedReason ?? "",
        row.Source,
    ];

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Register filters; null means any.</summary>
public sealed record RegisterFilter(string? CourseSet = null, int? RegionId = null, DateOnly? From = null, DateOnly? To = null, CertificateStatus? Status = null, string? Text = null);

/// <summary>One page of the register.</summary>
public sealed record RegisterPage(IReadOnlyList<Certificate> Rows, int Total);
