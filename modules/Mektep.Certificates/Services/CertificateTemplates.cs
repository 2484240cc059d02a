using Fluid;
using Mektep.Certificates.Indexes;
using Mektep.Content;
using Mektep.Liquid;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Certificates.Services;

/// <summary>Finds a course's published template in the wanted language, and renders template bodies.</summary>
public sealed class CertificateTemplates(DbContext db, IContentManager content)
{
    private static readonly string[] Fallback = ["kk", "ru", "en"];

    /// <summary>The published template of the course: the translation in <paramref name="culture"/>, else kk, ru, en; null when none.</summary>
    public async Task<ContentItem?> FindAsync(string courseSet, string? culture, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<CertificateTemplateIndex>().AsNoTracking()
            .Where(t => t.CourseSet == courseSet && t.Published)
            .Select(t => new { t.ContentItemId, t.Culture, t.LocalizationSet })
            .ToListAsync(cancellationToken);
        var chosen = rows.OrderBy(r => r.Culture == culture ? 0 : 1 + Array.IndexOf(Fallback, r.Culture) + (Array.IndexOf(Fallback, r.Culture) < 0 ? 10 : 0))
            .ThenBy(r => r.ContentItemId, StringComparer.Ordinal).FirstOrDefault();
        return chosen is null ? null : await content.GetAsync(chosen.ContentItemId, VersionOptions.Published, cancellationToken);
    }

    /// <summary>Course sets that have a published template issued on completion.</summary>
    public async Task<bool> IssuesOnCompletionAsync(string courseSet, CancellationToken cancellationToken = default)
        => await db.Set<CertificateTemplateIndex>().AsNoTracking().AnyAsync(t => t.CourseSet == courseSet && t.Published && t.IssueOnCompletion, cancellationToken);

    /// <summary>Null when the body parses, else the parser's message.</summary>
    public static string? Validate(string body) => LiquidTemplates.Validate(body);

    /// <summary>Renders a body as plain text with the placeholder values (the parsed template is cached).</summary>
    public static async Task<string> RenderAsync(string body, IReadOnlyDictionary<string, object?> values)
        => (await LiquidTemplates.RenderAsync(body, values, NullEncoder.Default)).Trim();
}
