namespace Mektep.People;

/// <summary>
/// Where people sit in the organisation tree (region, district, rural district) and which of them the
/// current user may see. Reports and progress pages call it so that a regional coordinator only ever
/// reads their own region's people.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>The person's place, or null when the person does not exist. A person without a rural district has an empty place.</summary>
    Task<PersonPlace?> GetPlaceAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the people in a unit of the tree: the narrowest given id wins (rural district, then district,
    /// then region); with no id at all, everyone. The result is never widened beyond the current user's
    /// <see cref="GetCurrentScopeAsync">scope</see>.
    /// </summary>
    Task<IReadOnlyList<string>> ListUserIdsAsync(PlaceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Which people the current user may see: everyone, one region, or nobody.</summary>
    Task<PeopleScope> GetCurrentScopeAsync(CancellationToken cancellationToken = default);
}

/// <summary>A person's place; ids and names are null where the person has none.</summary>
/// <param name="RegionId">The region (oblast or city of republican significance).</param>
/// <param name="RegionName">The region's name in the current culture.</param>
/// <param name="DistrictId">The district.</param>
/// <param name="DistrictName">The district's name in the current culture.</param>
/// <param name="RuralDistrictId">The rural district (auyl okrug).</param>
/// <param name="RuralDistrictName">The rural district's name in the current culture.</param>
public sealed record PersonPlace(int? RegionId, string? RegionName, int? DistrictId, string? DistrictName, int? RuralDistrictId, string? RuralDistrictName)
{
    /// <summary>A person placed nowhere.</summary>
    public static PersonPlace None { get; } = new(null, null, null, null, null, null);
}

/// <summary>A unit of the tree to list people of; the narrowest non-null id is used.</summary>
/// <param name="RegionId">A region id.</param>
/// <param name="DistrictId">A district id.</param>
/// <param name="RuralDistrictId">A rural district id.</param>
public sealed record PlaceFilter(int? RegionId = null, int? DistrictId = null, int? RuralDistrictId = null);

/// <summary>The people a user may see.</summary>
/// <param name="Everyone">True for people managers and administrators.</param>
/// <param name="RegionId">The only region visible when <paramref name="Everyone"/> is false; null with false means nobody.</param>
public sealed record PeopleScope(bool Everyone, int? RegionId)
{
    /// <summary>Sees every person.</summary>
    public static PeopleScope All { get; } = new(true, null);

    /// <summary>Sees nobody.</summary>
    public static PeopleScope Nobody { get; } = new(false, null);

    /// <summary>Sees the people of one region.</summary>
    public static PeopleScope Region(int regionId) => new(false, regionId);

    /// <summary>Whether a person of <paramref name="personRegionId"/> (null: placed nowhere) is visible.</summary>
    public bool Allows(int? personRegionId) => Everyone || (RegionId is { } id && personRegionId == id);
}
