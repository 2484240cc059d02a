using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Mektep.Initiatives.Models;
using Mektep.People;
using Mektep.Reports;
using Mektep.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mektep.Initiatives.Services;

/// <summary>
/// The review queue, the registry's totals by region, district and rural district, its exports and the public
/// summary. Totals are computed with GROUP BY in the database; a regional coordinator's queries are narrowed to
/// their region before anything is read.
/// </summary>
public sealed class InitiativeRegistry(DbContext db, IPeopleDirectory people, ICurrentUser currentUser, InitiativeTexts texts, IStringLocalizer<InitiativeRegistry> t)
{
    public const int PageSize = 50;
    public const int MaxExport = 100_000;

    /// <summary>Which initiatives the current user may see in the registry: reviewers everything, others their people scope.</summary>
    public async Task<PeopleScope> ScopeAsync(CancellationToken cancellationToken = default)
        => await currentUser.HasPermissionAsync(Permissions.ReviewInitiatives) ? PeopleScope.All : await people.GetCurrentScopeAsync(cancellationToken);

    public async Task<QueuePage> QueueAsync(RegistryFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var query = Apply(filter, PeopleScope.All);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(i => i.SubmittedUtc == null).ThenBy(i => i.SubmittedUtc).ThenBy(i => i.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var names = await NamesAsync(rows, cancellationToken);
        return new QueuePage(rows, total, names);
    }

    /// <summary>Counts, costs and jobs per rural district (with its district and region), filtered and scoped.</summary>
    public async Task<IReadOnlyList<RegistryTotal>> TotalsAsync(RegistryFilter filter, PeopleScope scope, CancellationToken cancellationToken = default)
    {
        var groups = await Apply(filter, scope)
            .GroupBy(i => new { i.RegionId, i.DistrictId, i.RuralDistrictId })
            .Select(g => new
            {
                g.Key.RegionId,
                g.Key.DistrictId,
                g.Key.RuralDistrictId,
                Name = g.Max(i => i.RuralDistrictName),
                AnyUserId = g.Max(i => i.UserId),
                Count = g.Count(),
                Cost = g.Sum(i => i.CostTenge),
                Jobs = g.Sum(i => (long)i.Jobs),
            })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new RegistryTotal(g.RegionId, g.DistrictId, g.RuralDistrictId, g.Name, g.AnyUserId, g.Count, g.Cost, g.Jobs))];
    }

    /// <summary>The registry as a tree: regions, their districts, their rural districts, each with totals; names in the current culture.</summary>
    public async Task<RegistryReport> ReportAsync(RegistryFilter filter, PeopleScope scope, CancellationToken cancellationToken = default)
    {
        var totals = await TotalsAsync(filter, scope, cancellationToken);
        var (regionNames, districtNames) = await UnitNamesAsync(cancellationToken);

        // The organisation contract names rural districts only through people: one author per rural district, in one
        // round trip, names it in the reader's language; if that author has moved since, the name saved with the
        // initiative is used.
        var authors = (await people.GetPeopleAsync([.. totals.Where(r => r.RuralDistrictId is not null && r.AnyUserId is not null).Select(r => r.AnyUserId!).Distinct(StringComparer.Ordinal)], cancellationToken))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        string RuralName(RegistryTotal r) => r.AnyUserId is { } user && authors.TryGetValue(user, out var person) && person.Place.RuralDistrictId == r.RuralDistrictId && person.Place.RuralDistrictName is { } name
            ? name
            : r.RuralDistrictName ?? t["Not placed"];
        string Name(IReadOnlyDictionary<int, string> names, int? id) => id is { } v && names.TryGetValue(v, out var name) ? name : t["Not placed"];
        var regions = totals.GroupBy(r => r.RegionId)
            .Select(region => new RegistryRegion(
                region.Key,
                Name(regionNames, region.Key),
                Sum(region),
                [.. region.GroupBy(r => r.DistrictId)
                    .Select(district => new RegistryDistrict(
                        district.Key,
                        Name(districtNames, district.Key),
                        Sum(district),
                        [.. district.Select(r => new RegistryRuralDistrict(r.RuralDistrictId, RuralName(r), new RegistryFigures(r.Count, r.Cost, r.Jobs)))
                            .OrderBy(r => r.Name, StringComparer.CurrentCulture)]))
                    .OrderBy(d => d.Name, StringComparer.CurrentCulture)]))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new RegistryReport(regions, Sum(totals));
    }

    /// <summary>Aggregates only, for the public page: approved initiatives per region and per sector.</summary>
    public async Task<PublicSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        var approved = db.Set<Initiative>().AsNoTracking().Where(i => i.Status == InitiativeStatus.Approved);
        var byRegion = await approved.GroupBy(i => i.RegionId)
            .Select(g => new { RegionId = g.Key, Count = g.Count(), Cost = g.Sum(i => i.CostTenge), Jobs = g.Sum(i => (long)i.Jobs) })
            .ToListAsync(cancellationToken);
        var bySector = await approved.GroupBy(i => i.Sector)
            .Select(g => new { Sector = g.Key, Count = g.Count(), Cost = g.Sum(i => i.CostTenge), Jobs = g.Sum(i => (long)i.Jobs) })
            .ToListAsync(cancellationToken);
        var (regionNames, _) = await UnitNamesAsync(cancellationToken);
        var regions = byRegion
            .Select(r => (Name: r.RegionId is { } id && regionNames.TryGetValue(id, out var name) ? name : t["Not placed"].Value, Figures: new RegistryFigures(r.Count, r.Cost, r.Jobs)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var sectors = bySector.OrderBy(s => s.Sector).Select(s => (s.Sector, Figures: new RegistryFigures(s.Count, s.Cost, s.Jobs))).ToList();
        return new PublicSummary(regions, sectors, new RegistryFigures(byRegion.Sum(r => r.Count), byRegion.Sum(r => r.Cost), byRegion.Sum(r => r.Jobs)));
    }

    public async Task<IReadOnlyList<Initiative>> ExportRowsAsync(RegistryFilter filter, PeopleScope scope, CancellationToken cancellationToken = default)
        => await Apply(filter, scope).OrderBy(i => i.RegionId).ThenBy(i => i.DistrictId).ThenBy(i => i.RuralDistrictId).ThenBy(i => i.Id)
            .Take(MaxExport).ToListAsync(cancellationToken);

    public async Task<byte[]> ToCsvAsync(IReadOnlyList<Initiative> rows, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        CsvText.AppendLine(text, Headers(), quoteAll: true);
        foreach (var cells in await CellsAsync(rows, cancellationToken))
        {
            CsvText.AppendLine(text, cells.Select(c => c?.ToString() ?? ""), quoteAll: true);
        }

        return CsvText.ToUtf8WithBom(text);
    }

    public async Task<byte[]> ToXlsxAsync(IReadOnlyList<Initiative> rows, CancellationToken cancellationToken = default)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(t["Initiatives"].Value is { Length: > 0 and <= 31 } name ? name : "Initiatives");
        var headers = Headers();
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var cells in await CellsAsync(rows, cancellationToken))
        {
            for (var c = 0; c < cells.Count; c++)
            {
                // Amounts stay numbers in the sheet, so that people can sum them.
                if (cells[c] is long number)
                {
                    sheet.Cell(r, c + 1).SetValue(number);
                }
                else
                {
                    sheet.Cell(r, c + 1).SetValue(cells[c]?.ToString() ?? "");
                }
            }

            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads the filters from a query string; values that do not parse are ignored. The registry shows approved initiatives unless told otherwise.</summary>
    public static RegistryFilter Filter(string? sector, string? status, string? region, InitiativeStatus? defaultStatus)
        => new(
            Enum.TryParse<InitiativeSector>(sector, false, out var s) && Enum.IsDefined(s) && !int.TryParse(sector, out _) ? s : null,
            status == "any" ? null : Enum.TryParse<InitiativeStatus>(status, false, out var st) && Enum.IsDefined(st) && !int.TryParse(status, out _) ? st : defaultStatus,
            int.TryParse(region, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null);

    private IQueryable<Initiative> Apply(RegistryFilter filter, PeopleScope scope)
    {
        var query = db.Set<Initiative>().AsNoTracking();
        if (!scope.Everyone)
        {
            // A coordinator sees their region only; someone with no region sees nothing.
            var region = scope.RegionId ?? -1;
            query = query.Where(i => i.RegionId == region);
        }

        if (filter.Sector is { } sector)
        {
            query = query.Where(i => i.Sector == sector);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (filter.RegionId is { } regionId)
        {
            query = query.Where(i => i.RegionId == regionId);
        }

        return query;
    }

    private async Task<IReadOnlyDictionary<string, PersonSummary>> NamesAsync(IReadOnlyList<Initiative> rows, CancellationToken cancellationToken)
        => (await people.GetPeopleAsync([.. rows.Select(r => r.UserId).Distinct(StringComparer.Ordinal)], cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);

    private List<string> Headers() =>
    [
        t["Number"], t["Region"], t["District"], t["Rural district"], t["Learner"], t["Title"], t["Sector"], t["Status"],
        t["Estimated cost, tenge"], t["Expected jobs"], t["Expected annual income, tenge"], t["Funding sources"], t["Start"], t["End"],
    ];

    private async Task<List<List<object?>>> CellsAsync(IReadOnlyList<Initiative> rows, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(rows, cancellationToken);
        var (regionNames, districtNames) = await UnitNamesAsync(cancellationToken);
        static string Unit(IReadOnlyDictionary<int, string> names, int? id) => id is { } v && names.TryGetValue(v, out var name) ? name : "";
        return [.. rows.Select(row => new List<object?>
        {
            row.Id, Unit(regionNames, row.RegionId), Unit(districtNames, row.DistrictId), row.RuralDistrictName ?? "",
            names.TryGetValue(row.UserId, out var person) ? person.DisplayName : "",
            row.Title, texts.SectorText(row.Sector), texts.StatusText(row.Status), row.CostTenge, (long)row.Jobs, row.AnnualIncomeTenge,
            texts.FundingText(row.Funding), row.StartMonth == 0 ? "" : Months.Format(row.StartMonth), row.EndMonth == 0 ? "" : Months.Format(row.EndMonth),
        })];
    }

    /// <summary>Region and district names by id; the two are numbered separately, so they are kept apart.</summary>
    private async Task<(IReadOnlyDictionary<int, string> Regions, IReadOnlyDictionary<int, string> Districts)> UnitNamesAsync(CancellationToken cancellationToken)
    {
        var units = await people.ListUnitsAsync(cancellationToken);
        return (units.Where(u => u.IsRegion).ToDictionary(u => u.Id, u => u.Name), units.Where(u => !u.IsRegion).ToDictionary(u => u.Id, u => u.Name));
    }

    private static RegistryFigures Sum(IEnumerable<RegistryTotal> totals)
    {
        var list = totals as IReadOnlyCollection<RegistryTotal> ?? [.. totals];
        return new RegistryFigures(list.Sum(r => r.Count), list.Sum(r => r.Cost), list.Sum(r => r.Jobs));
    }
}

/// <summary>Registry and queue filters; null means any.</summary>
public sealed record RegistryFilter(InitiativeSector? Sector = null, InitiativeStatus? Status = null, int? RegionId = null);

/// <summary>One page of the review queue with the learners' names.</summary>
public sealed record QueuePage(IReadOnlyList<Initiative> Rows, int Total, IReadOnlyDictionary<string, PersonSummary> People);

/// <summary>Totals of one rural district as the database grouped them, with one author (AnyUserId) whose place names it in the reader's language.</summary>
public sealed record RegistryTotal(int? RegionId, int? DistrictId, int? RuralDistrictId, string? RuralDistrictName, string? AnyUserId, int Count, long Cost, long Jobs);

public sealed record RegistryFigures(int Count, long Cost, long Jobs);

public sealed record RegistryReport(IReadOnlyList<RegistryRegion> Regions, RegistryFigures Total);

public sealed record RegistryRegion(int? Id, string Name, RegistryFigures Figures, IReadOnlyList<RegistryDistrict> Districts);

public sealed record RegistryDistrict(int? Id, string Name, RegistryFigures Figures, IReadOnlyList<RegistryRuralDistrict> RuralDistricts);

public sealed record RegistryRuralDistrict(int? Id, string Name, RegistryFigures Figures);

public sealed record PublicSummary(IReadOnlyList<(string Name, RegistryFigures Figures)> Regions, IReadOnlyList<(InitiativeSector Sector, RegistryFigures Figures)> Sectors, RegistryFigures Total);
