using Mektep.Initiatives.Models;
using Mektep.Learning;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Initiatives.Services;

/// <summary>An initiative assignment in a course outline is fulfilled once the learner has an approved initiative for that course.</summary>
public sealed class InitiativeRequirementProvider(DbContext db) : ICourseRequirementProvider
{
    public string ContentType => InitiativeTypes.InitiativeAssignment;

    public async Task<bool> IsFulfilledAsync(string userId, string courseSet, string itemSet, CancellationToken cancellationToken = default)
        => await db.Set<Initiative>().AnyAsync(i => i.UserId == userId && i.CourseSet == courseSet && i.Status == InitiativeStatus.Approved, cancellationToken);
}
