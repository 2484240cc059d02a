using Mektep.Engine.Data;
using Mektep.Engine.Organisation;
using Mektep.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Recipes;

/// <summary>
/// <c>{"Step": "organisation", "Districts": [{"Region": "abai", "Code": ..., "NameKk": ..., "NameRu": ..., "RuralDistricts": [...]}]}</c>:
/// districts and rural districts under the fixed regions. A unit whose code exists already is kept as it is.
/// </summary>
internal sealed class OrganisationRecipeStep(MektepDbContext db, OrganisationTree tree) : IRecipeStep
{
    public string Name => "organisation";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var districts = context.Read<List<DistrictEntry>>("Districts");
        if (districts is null)
        {
            context.Problem("Districts", "is missing: list the districts to create.");
            return;
        }

        var snapshot = await tree.LoadAsync(cancellationToken);
        var regions = snapshot.Regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var existingDistricts = snapshot.Districts.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        var existingRural = snapshot.RuralDistricts.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < districts.Count; i++)
        {
            var district = districts[i];
            var path = $"Districts[{i}]";
            if (!regions.TryGetValue(district.Region ?? "", out var region))
            {
                context.Problem(path + ".Region", $"'{district.Region}' is not a region code ({string.Join(", ", regions.Keys.Order(StringComparer.Ordinal))}).");
            }

            CheckUnit(context, path, district.Input);
            if (existingDistricts.TryGetValue(district.Code ?? "", out var existing) && region is not null && existing.RegionId != region.Id)
            {
                context.Problem(path + ".Code", $"'{district.Code}' is already a district of another region.");
            }

            for (var j = 0; j < district.RuralDistricts.Count; j++)
            {
                var rural = district.RuralDistricts[j];
                CheckUnit(context, $"{path}.RuralDistricts[{j}]", rural.Input);
                if (existingRural.TryGetValue(rural.Code ?? "", out var known) && (existing is null || known.DistrictId != existing.Id))
                {
                    context.Problem($"{path}.RuralDistricts[{j}].Code", $"'{rural.Code}' is already a rural district of another district.");
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var districts = context.Read<List<DistrictEntry>>("Districts")!;
        var regions = await db.Set<Region>().AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        int added = 0, kept = 0;
        foreach (var district in districts)
        {
            var districtId = await db.Set<District>().Where(d => d.Code == district.Code!.Trim()).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
            if (districtId is null)
            {
                districtId = Require(await tree.AddDistrictAsync(regions[district.Region!], district.Input), district.Code);
                added++;
            }
            else
            {
                kept++;
            }

            foreach (var rural in district.RuralDistricts)
            {
                if (await db.Set<RuralDistrict>().AnyAsync(r => r.Code == rural.Code!.Trim(), cancellationToken))
                {
                    kept++;
                    continue;
                }

                Require(await tree.AddRuralDistrictAsync(districtId.Value, rural.Input), rural.Code);
                added++;
            }
        }

        context.Plan.Summary.Add($"Organisation: {added} units added, {kept} already there.");
    }

    private static void CheckUnit(RecipeStepContext context, string path, UnitInput input)
    {
        if (OrganisationTree.Problem(input) is { } problem)
        {
            context.Problem(path, problem);
        }
        else if (!context.Plan.OrganisationCodes.Add(input.Code.Trim()))
        {
            context.Problem(path + ".Code", $"'{input.Code}' appears twice in the recipe.");
        }
    }

    private static int Require(UnitResult result, string? code)
        => result.Succeeded ? result.Id : throw new RecipeException($"Organisation unit '{code}': {result.Error}");

    private class UnitEntry
    {
        public string? Code { get; set; }

        public string? NameKk { get; set; }

        public string? NameRu { get; set; }

        public string? NameEn { get; set; }

        public UnitInput Input => new() { Code = Code ?? "", NameKk = NameKk, NameRu = NameRu, NameEn = NameEn };
    }

    private sealed class DistrictEntry : UnitEntry
    {
        public string? Region { get; set; }

        public List<UnitEntry> RuralDistricts { get; set; } = [];
    }
}
