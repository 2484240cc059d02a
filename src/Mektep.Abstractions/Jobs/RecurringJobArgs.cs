namespace Mektep.Jobs;

/// <summary>What a recurring job is told when it fires.</summary>
/// <param name="JobId">The recurring job's id.</param>
/// <param name="Culture">The culture from its definition, or null for the site default.</param>
public sealed record RecurringJobArgs(string JobId, string? Culture);
