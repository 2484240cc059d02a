namespace Mektep.People;

/// <summary>What background senders need to know about people beyond names and places. Implemented by the engine.</summary>
public interface IPeopleContacts
{
    /// <summary>Each person's preferred site culture (kk, ru, en) where they chose one; others are missing.</summary>
    Task<IReadOnlyDictionary<string, string>> GetPreferredCulturesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>Enabled regional coordinators with the region each coordinates.</summary>
    Task<IReadOnlyList<RegionCoordinator>> ListCoordinatorsAsync(CancellationToken cancellationToken = default);
}

/// <summary>A regional coordinator.</summary>
/// <param name="UserId">The coordinator's user id.</param>
/// <param name="RegionId">The region they coordinate.</param>
public sealed record RegionCoordinator(string UserId, int RegionId);
