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

    /// <summary>
    /// Ids of the people in a unit of the tree (as <see cref="ListUserIdsAsync(PlaceFilter, CancellationToken)"/>)
    /// within an explicit <paramref name="scope"/>: for a caller that already checked its own permission, such as
    /// enrolling a whole region into a course, whose editor need not see the users list.
    /// </summary>
    Task<IReadOnlyList<string>> ListUserIdsAsync(PlaceFilter filter, PeopleScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Name, email and place of many people in one round trip; unknown ids are left out. Not narrowed to the
    /// current scope: a caller that shows people to a coordinator filters with <see cref="PeopleScope.Allows"/>.
    /// </summary>
    Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>People whose name or email contains <paramref name="text"/> (any case), at most <paramref name="take"/>, by name.</summary>
    Task<IReadOnlyList<PersonSummary>> FindPeopleAsync(string text, int take, CancellationToken cancellationToken = default);

    /// <summary>The ids of the people with these emails (any case), keyed by the email upper-cased; unknown emails are missing.</summary>
    Task<IReadOnlyDictionary<string, string>> FindIdsByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);

    /// <summary>Regions and districts (not rural districts), names in the current culture, for pickers and report groups.</summary>
    Task<IReadOnlyList<PlaceUnit>> ListUnitsAsync(CancellationToken cancellationToken = default);
}

/// <summary>A person as lists and reports show them.</summary>
/// <param name="Id">The user id.</param>
/// <param name="DisplayName">The name.</param>
/// <param name="Email">The email.</param>
/// <param name="Place">Region, district and rural district.</param>
public sealed record PersonSummary(string Id, string DisplayName, string Email, PersonPlace Place);

/// <summary>A region (no parent) or a district (the region as parent).</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Name">The name in the current culture.</param>
/// <param name="RegionId">For a district, its region; null for a region.</param>
public sealed record PlaceUnit(int Id, string Name, int? RegionId)
{
    /// <summary>True for a region.</summary>
    public bool IsRegion => RegionId is null;
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
