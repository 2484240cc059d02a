namespace Mektep.Display;

/// <summary>
/// The output cache for pages every visitor sees alike (home, catalogue, a published page). A page opts in with
/// <c>@attribute [OutputCache(PolicyName = PublicPageCache.Policy)]</c>. Only anonymous GETs answering 200 without
/// cookies are stored, one copy per URL and language; a change of content (on any node), of site settings or of
/// enabled modules makes every copy stale at once (another node's settings or modules within seconds), and a copy
/// lives at most <see cref="Lifetime"/>. The engine answers a repeated anonymous GET without a query string from the
/// bytes such a page last sent, before routing and the rest of the pipeline run, under the same rules.
/// </summary>
public static class PublicPageCache
{
    /// <summary>The policy name.</summary>
    public const string Policy = "mektep-public-page";

    /// <summary>How long a copy is served at most.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);
}
