using Mektep.People;

namespace Mektep.Engine.Organisation;

/// <summary>The tree in memory, with lookups by id and by code or name, as the user editor and the CSV import need.</summary>
public sealed class OrganisationSnapshot
{
    private readonly Dictionary<int, Region> _regions;
    private readonly Dictionary<int, District> _districts;
    private readonly Dictionary<int, RuralDistrict> _ruralDistricts;

    public OrganisationSnapshot(IReadOnlyList<Region> regions, IReadOnlyList<District> districts, IReadOnlyList<RuralDistrict> ruralDistricts)
    {
        Regions = regions;
        Districts = districts;
        RuralDistricts = ruralDistricts;
        _regions = regions.ToDictionary(r => r.Id);
        _districts = districts.ToDictionary(d => d.Id);
        _ruralDistricts = ruralDistricts.ToDictionary(r => r.Id);
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<District> Districts { get; }

    public IReadOnlyList<RuralDistrict> RuralDistricts { get; }

    public Region? Region(int? id) => id is { } i ? _regions.GetValueOrDefault(i) : null;

    public District? District(int? id) => id is { } i ? _districts.GetValueOrDefault(i) : null;

    public RuralDistrict? RuralDistrict(int? id) => id is { } i ? _ruralDistricts.GetValueOrDefault(i) : null;

    public IEnumerable<District> DistrictsOf(int regionId) => Districts.Where(d => d.RegionId == regionId).OrderBy(d => d.Name, StringComparer.CurrentCulture);

    public IEnumerable<RuralDistrict> RuralDistrictsOf(int districtId) => RuralDistricts.Where(r => r.DistrictId == districtId).OrderBy(r => r.Name, StringComparer.CurrentCulture);

    /// <summary>The region a rural district lies in, or null.</summary>
    public int? RegionOf(int? ruralDistrictId) => District(RuralDistrict(ruralDistrictId)?.DistrictId)?.RegionId;

    public PersonPlace PlaceOf(int? ruralDistrictId)
    {
        var rural = RuralDistrict(ruralDistrictId);
        var district = District(rural?.DistrictId);
        var region = Region(district?.RegionId);
        return rural is null ? PersonPlace.None : new PersonPlace(region?.Id, region?.Name, district?.Id, district?.Name, rural.Id, rural.Name);
    }

    /// <summary>"Region / District / Rural district" in the current culture, or "" for no place.</summary>
    public string PlaceText(int? ruralDistrictId)
    {
        var place = PlaceOf(ruralDistrictId);
        return place.RuralDistrictId is null ? "" : $"{place.RegionName} / {place.DistrictName} / {place.RuralDistrictName}";
    }

    /// <summary>Finds a unit by its code or its Kazakh, Russian or English name, ignoring case and surrounding spaces.</summary>
    public static IReadOnlyList<T> Match<T>(IEnumerable<T> units, string text) where T : OrganisationUnit
    {
        var key = text.Trim();
        var byCode = units.Where(u => string.Equals(u.Code, key, StringComparison.OrdinalIgnoreCase)).ToList();
        return byCode.Count > 0
            ? byCode
            : [.. units.Where(u => string.Equals(u.NameKk, key, StringComparison.InvariantCultureIgnoreCase)
                || string.Equals(u.NameRu, key, StringComparison.InvariantCultureIgnoreCase)
                || string.Equals(u.NameEn, key, StringComparison.InvariantCultureIgnoreCase))];
    }
}
