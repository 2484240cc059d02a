using System.Globalization;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Courses;

/// <summary>Downloads of a course report: CSV (UTF-8 with BOM) and XLSX, with the same filters and scope as the page.</summary>
public static class ReportEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/courses/{id}/report.csv", (string id, HttpContext context, IContentManager content, CourseReports reports)
                => ExportAsync(id, context, content, reports, "csv"))
            .RequireAuthorization(Permissions.ViewCourseReports.Policy);
        endpoints.MapGet("/admin/courses/{id}/report.xlsx", (string id, HttpContext context, IContentManager content, CourseReports reports)
                => ExportAsync(id, context, content, reports, "xlsx"))
            .RequireAuthorization(Permissions.ViewCourseReports.Policy);
    }

    /// <summary>Reads region and district from the query; anything that is not a number is ignored.</summary>
    public static ReportFilter Filter(string? region, string? district, bool includeUnenrolled)
        => new(int.TryParse(region, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null,
            int.TryParse(district, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null,
            includeUnenrolled);

    private static async Task<IResult> ExportAsync(string id, HttpContext context, IContentManager content, CourseReports reports, string format)
    {
        var course = await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted);
        if (course is null || course.ContentType != CourseTypes.Course)
        {
            return Results.NotFound();
        }

        var query = context.Request.Query;
        var report = await reports.BuildAsync(course, Filter(query["region"], query["district"], query["all"] == "true"), context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        var name = $"course-report-{course.ContentItemId}.{format}";
        return format == "csv"
            ? Results.File(reports.ToCsv(report), "text/csv; charset=utf-8", name)
            : Results.File(reports.ToXlsx(report), XlsxType, name);
    }
}
