using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.People;
using Mektep.Reports;
using Mektep.Security;
using Microsoft.Extensions.Localization;

namespace Mektep.Courses.Services;

/// <summary>
/// Progress of a course's learners and its summary by region and district, as a page and as CSV and XLSX.
/// Holders of <see cref="Permissions.EnrollLearners"/> see every learner; anyone else (a regional coordinator)
/// only the people of their scope, whatever the filters ask for.
/// </summary>
public sealed class CourseReports(EnrollmentAdministration enrollments, IPeopleDirectory people, ICurrentUser currentUser, IStringLocalizer<CourseReports> t)
{
    /// <summary>The people the current user may see in reports.</summary>
    public async Task<PeopleScope> ScopeAsync(CancellationToken cancellationToken = default)
        => await currentUser.HasPermissionAsync(Permissions.EnrollLearners) ? PeopleScope.All : await people.GetCurrentScopeAsync(cancellationToken);

    /// <summary>The rows the current user may see, narrowed by the filter (a region or district outside the scope finds nobody).</summary>
    public async Task<CourseReport> BuildAsync(ContentItem course, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        var rows = (await enrollments.ListAsync(course, cancellationToken))
            .Where(r => scope.Allows(r.Person.Place.RegionId))
            .Where(r => filter.RegionId is not { } region || r.Person.Place.RegionId == region)
            .Where(r => filter.DistrictId is not { } district || r.Person.Place.DistrictId == district)
            .Where(r => filter.IncludeUnenrolled || r.Enrollment.Status != EnrollmentStatus.Unenrolled)
            .OrderBy(r => r.Person.DisplayName, StringComparer.CurrentCulture).ThenBy(r => r.Person.Id, StringComparer.Ordinal)
            .ToList();
        var summary = rows
            .Where(r => r.Enrollment.Status != EnrollmentStatus.Unenrolled)
            .GroupBy(r => (r.Person.Place.RegionName ?? "", r.Person.Place.DistrictName ?? ""))
            .Select(g => new ReportSummaryRow(g.Key.Item1, g.Key.Item2, g.Count(), g.Count(r => r.Enrollment.Status == EnrollmentStatus.Completed), (int)Math.Round(g.Average(r => r.Percent))))
            .OrderBy(s => s.Region, StringComparer.CurrentCulture).ThenBy(s => s.District, StringComparer.CurrentCulture)
            .ToList();
        return new CourseReport(scope, rows, summary);
    }

    public string StatusText(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Active => t["Active"],
        EnrollmentStatus.Completed => t["Completed"],
        _ => t["Unenrolled"],
    };

    /// <summary>UTF-8 with a byte order mark, so Excel opens Cyrillic text as it is.</summary>
    public byte[] ToCsv(CourseReport report)
    {
        var text = new StringBuilder();
        CsvText.AppendLine(text, Headers());
        foreach (var row in report.Rows)
        {
            CsvText.AppendLine(text, Cells(row));
        }

        return CsvText.ToUtf8WithBom(text);
    }

    public byte[] ToXlsx(CourseReport report)
    {
        using var workbook = new XLWorkbook();
        var learners = workbook.Worksheets.Add(Sheet(t["Learners"]));
        var headers = Headers();
        for (var c = 0; c < headers.Count; c++)
        {
            learners.Cell(1, c + 1).SetValue(headers[c]);
            learners.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in report.Rows)
        {
            learners.Cell(r, 1).SetValue(row.Person.DisplayName);
            learners.Cell(r, 2).SetValue(row.Person.Email);
            learners.Cell(r, 3).SetValue(row.Person.Place.RegionName ?? "");
            learners.Cell(r, 4).SetValue(row.Person.Place.DistrictName ?? "");
            learners.Cell(r, 5).SetValue(StatusText(row.Enrollment.Status));
            learners.Cell(r, 6).SetValue(row.Percent);
            learners.Cell(r, 7).SetValue(row.LessonsDone);
            learners.Cell(r, 8).SetValue(Minutes(row.SecondsSpent));
            SetDate(learners.Cell(r, 9), row.LastActivityUtc);
            SetDate(learners.Cell(r, 10), row.Enrollment.CompletedUtc);
            r++;
        }

        var summary = workbook.Worksheets.Add(Sheet(t["Summary"]));
        string[] summaryHeaders = [t["Region"], t["District"], t["Enrolled"], t["Completed"], t["Average percent"]];
        for (var c = 0; c < summaryHeaders.Length; c++)
        {
            summary.Cell(1, c + 1).SetValue(summaryHeaders[c]);
            summary.Cell(1, c + 1).Style.Font.Bold = true;
        }

        r = 2;
        foreach (var row in report.Summary)
        {
            summary.Cell(r, 1).SetValue(row.Region);
            summary.Cell(r, 2).SetValue(row.District);
            summary.Cell(r, 3).SetValue(row.Enrolled);
            summary.Cell(r, 4).SetValue(row.Completed);
            summary.Cell(r, 5).SetValue(row.AveragePercent);
            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static int Minutes(int seconds) => (int)Math.Round(seconds / 60.0);

    private static void SetDate(IXLCell cell, DateTime? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
        }
    }

    private static string Sheet(string name) => name.Length > 31 ? name[..31] : name;

    private List<string> Headers() =>
    [
        t["Name"], t["Email"], t["Region"], t["District"], t["Status"], t["Percent"], t["Lessons done"], t["Time spent (minutes)"],
        t["Last activity (UTC)"], t["Completed (UTC)"],
    ];

    private List<string> Cells(LearnerRow row) =>
    [
        row.Person.DisplayName, row.Person.Email, row.Person.Place.RegionName ?? "", row.Person.Place.DistrictName ?? "",
        StatusText(row.Enrollment.Status), row.Percent.ToString(CultureInfo.InvariantCulture),
        row.LessonsDone.ToString(CultureInfo.InvariantCulture), Minutes(row.SecondsSpent).ToString(CultureInfo.InvariantCulture),
        Date(row.LastActivityUtc), Date(row.Enrollment.CompletedUtc),
    ];

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>What a report shows: a region or district (null: all within scope); unenrolled learners only when asked.</summary>
public sealed record ReportFilter(int? RegionId = null, int? DistrictId = null, bool IncludeUnenrolled = false);

/// <summary>The learners' rows and the summary, within <see cref="Scope"/>.</summary>
public sealed record CourseReport(PeopleScope Scope, IReadOnlyList<LearnerRow> Rows, IReadOnlyList<ReportSummaryRow> Summary);

/// <summary>Learners of one district (or region, for people placed in no district).</summary>
public sealed record ReportSummaryRow(string Region, string District, int Enrolled, int Completed, int AveragePercent);
