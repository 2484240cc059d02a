using System.Text.RegularExpressions;
using Mektep.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Organisation;

/// <summary>Reads the organisation tree and changes its districts and rural districts; regions are fixed by migration.</summary>
public sealed partial class OrganisationTree(MektepDbContext db)
{
    public const int MaxNameLength = 256;
    public const int MaxCodeLength = 64;

    /// <summary>The whole tree in one round trip per level; small enough (thousands of units) to hold in memory for a request.</summary>
    public async Task<OrganisationSnapshot> LoadAsync(CancellationToken cancellationToken = default)
        => new(
            await db.Set<Region>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await db.Set<District>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await db.Set<RuralDistrict>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));

    public Task<District?> FindDistrictAsync(int id) => db.Set<District>().FirstOrDefaultAsync(d => d.Id == id);

    public Task<RuralDistrict?> FindRuralDistrictAsync(int id) => db.Set<RuralDistrict>().FirstOrDefaultAsync(d => d.Id == id);

    public async Task<UnitResult> AddDistrictAsync(int regionId, UnitInput input)
    {
        if (!await db.Set<Region>().AnyAsync(r => r.Id == regionId))
        {
            return UnitResult.Fail("There is no such region.");
        }

        if (await ValidateAsync(input, isNew: true, code => db.Set<District>().AnyAsync(d => d.Code == code)) is { } error)
        {
            return UnitResult.Fail(error);
        }

        var district = new District { RegionId = regionId, Code = input.Code.Trim() };
        ApplyNames(district, input);
        db.Add(district);
        await db.SaveChangesAsync();
        return UnitResult.Ok(district.Id);
    }

    public async Task<UnitResult> AddRuralDistrictAsync(int districtId, UnitInput input)
    {
        if (!await db.Set<District>().AnyAsync(r => r.Id == districtId))
        {
            return UnitResult.Fail("There is no such district.");
        }

        if (await ValidateAsync(input, isNew: true, code => db.Set<RuralDistrict>().AnyAsync(d => d.Code == code)) is { } error)
        {
            return UnitResult.Fail(error);
        }

        var rural = new RuralDistrict { DistrictId = districtId, Code = input.Code.Trim() };
        ApplyNames(rural, input);
        db.Add(rural);
        await db.SaveChangesAsync();
        return UnitResult.Ok(rural.Id);
    }

    /// <summary>Changes a unit's names; its code stays, because files and recipes refer to it.</summary>
    public async Task<UnitResult> RenameAsync(OrganisationUnit unit, UnitInput input)
    {
        if (await ValidateAsync(input, isNew: false, _ => Task.FromResult(false)) is { } error)
        {
            return UnitResult.Fail(error);
        }

        ApplyNames(unit, input);
        await db.SaveChangesAsync();
        return UnitResult.Ok(unit.Id);
    }

    public async Task<UnitResult> DeleteDistrictAsync(District district)
    {
        if (await db.Set<RuralDistrict>().AnyAsync(r => r.DistrictId == district.Id))
        {
            return UnitResult.Fail("This district still has rural districts. Delete or move them first.");
        }

        db.Remove(district);
        await db.SaveChangesAsync();
        return UnitResult.Ok(district.Id);
    }

    public async Task<UnitResult> DeleteRuralDistrictAsync(RuralDistrict rural)
    {
        if (await db.Users.AnyAsync(u => u.RuralDistrictId == rural.Id))
        {
            return UnitResult.Fail("People still belong to this rural district. Move them to another one first.");
        }

        db.Remove(rural);
        await db.SaveChangesAsync();
        return UnitResult.Ok(rural.Id);
    }

    private static async Task<string?> ValidateAsync(UnitInput input, bool isNew, Func<string, Task<bool>> codeTaken)
    {
        if (Problem(input, checkCode: isNew) is { } problem)
        {
            return problem;
        }

        return isNew && await codeTaken(input.Code.Trim()) ? "Another unit already uses this code." : null;
    }

    /// <summary>What is wrong with <paramref name="input"/> on its own (code format, names), before the database is asked.</summary>
    public static string? Problem(UnitInput input, bool checkCode = true)
    {
        if (checkCode && !CodePattern().IsMatch(input.Code?.Trim() ?? ""))
        {
            return "The code must be 1 to 64 lowercase Latin letters, digits or hyphens.";
        }

        if (string.IsNullOrWhiteSpace(input.NameKk) || string.IsNullOrWhiteSpace(input.NameRu))
        {
            return "The Kazakh and Russian names are required.";
        }

        return new[] { input.NameKk, input.NameRu, input.NameEn }.Any(n => n?.Trim().Length > MaxNameLength)
            ? "A name may have at most 256 characters."
            : null;
    }

    private static void ApplyNames(OrganisationUnit unit, UnitInput input)
    {
        unit.NameKk = input.NameKk!.Trim();
        unit.NameRu = input.NameRu!.Trim();
        unit.NameEn = input.NameEn?.Trim() ?? "";
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}

/// <summary>A new unit's code and names, or a unit's new names.</summary>
public sealed class UnitInput
{
    public string Code { get; set; } = "";

    public string? NameKk { get; set; }

    public string? NameRu { get; set; }

    public string? NameEn { get; set; }
}

/// <summary>The id of the unit changed, or the English reason it was refused.</summary>
public sealed record UnitResult(int Id, string? Error)
{
    public bool Succeeded => Error is null;

    public static UnitResult Ok(int id) => new(id, null);

    public static UnitResult Fail(string error) => new(0, error);
}
