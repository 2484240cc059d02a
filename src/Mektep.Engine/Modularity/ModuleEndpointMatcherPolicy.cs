using Mektep.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Mektep.Engine.Modularity;

/// <summary>
/// Makes a disabled module's endpoints invalid candidates, so its URLs answer 404 on the next request
/// without a restart. Endpoints are never removed, only skipped.
/// </summary>
internal sealed class ModuleEndpointMatcherPolicy(IFeatureManager features) : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
        => endpoints.Any(e => e.Metadata.GetMetadata<ModuleEndpointMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i)
                && candidates[i].Endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>() is { } owner
                && !features.IsEnabled(owner.ModuleId))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
