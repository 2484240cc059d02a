using System.Globalization;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Certificates;

/// <summary>The PDF download (the holder or a certificate manager) and the register exports.</summary>
public static class CertificateEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/certificates/{id:long}/pdf", DownloadAsync).RequireAuthorization();
        endpoints.MapGet("/admin/certificates/register.csv", (HttpContext context, CertificateRegister register) => ExportAsync(context, register, "csv"))
            .RequireAuthorization(Permissions.ManageCertificates.Policy);
        endpoints.MapGet("/admin/certificates/register.xlsx", (HttpContext context, CertificateRegister register) => ExportAsync(context, register, "xlsx"))
            .RequireAuthorization(Permissions.ManageCertificates.Policy);
    }

    /// <summary>Reads the register filters from a query string; values that do not parse are ignored.</summary>
    public static RegisterFilter Filter(string? course, string? region, string? from, string? to, string? status, string? text)
        => new(string.IsNullOrWhiteSpace(course) ? null : course,
            int.TryParse(region, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null,
            DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null,
            DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
            Enum.TryParse<CertificateStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : null,
            string.IsNullOrWhiteSpace(text) ? null : text.Trim());

    private static async Task<IResult> DownloadAsync(long id, HttpContext context, CertificateRegister register, CertificatePdf pdf, ICurrentUser user)
    {
        var certificate = await register.FindAsync(id, context.RequestAborted);
        var manager = await user.HasPermissionAsync(Permissions.ManageCertificates);
        if (certificate is null || (!manager && (certificate.UserId != user.Id || certificate.RevokedUtc is not null)))
        {
            // Someone else's certificate (or the holder's revoked one) answers as if it did not exist.
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.File(pdf.Render(CertificateIssuer.ReadSnapshot(certificate)), "application/pdf", $"certificate-{certificate.Number}.pdf");
    }

    private static async Task<IResult> ExportAsync(HttpContext context, CertificateRegister register, string format)
    {
        var q = context.Request.Query;
        var rows = await register.ExportRowsAsync(Filter(q["course"], q["region"], q["from"], q["to"], q["status"], q["q"]), context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return format == "csv"
            ? Results.File(register.ToCsv(rows), "text/csv; charset=utf-8", "certificates.csv")
            : Results.File(register.ToXlsx(rows), XlsxType, "certificates.xlsx");
    }
}
