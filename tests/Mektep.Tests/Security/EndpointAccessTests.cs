using System.Globalization;
using System.Net;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Security;

/// <summary>
/// Every back-office and API route the running site has, read from its endpoint data source so a new page is
/// covered the day it is added: without a session it sends to sign-in (or answers 401/403), for a learner it is 403.
/// RoleAccessTests holds which staff role may open which page.
/// </summary>
public sealed class EndpointAccessTests
{
    private static readonly string[] Guarded = ["/admin", "/api/"];

    /// <summary>Open on purpose: the test fixture module's probe (tests/Mektep.TestModule).</summary>
    private static readonly string[] Open = ["/api/test-module/ping"];

    [Theory, Providers]
    public async Task GuardedRoutes_AnonymousAndLearner_AreTurnedAway(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var anonymous = site.NewClient();
        var routes = GuardedRoutes(site, HttpMethods.Get);
        var postOnly = GuardedRoutes(site, HttpMethods.Post).Except(routes).ToList();
        var wrong = new List<string>();

        foreach (var (route, method) in routes.Select(r => (r, HttpMethod.Get)).Concat(postOnly.Select(r => (r, HttpMethod.Post))))
        {
            var asAnonymous = await SendAsync(anonymous, method, route);
            var asLearner = await SendAsync(learner, method, route);
            if (!(asAnonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (asAnonymous.StatusCode == HttpStatusCode.Redirect && asAnonymous.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal))))
            {
                wrong.Add($"anonymous {method} {route}: {(int)asAnonymous.StatusCode} {asAnonymous.Headers.Location}");
            }

            if (asLearner.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"learner {method} {route}: {(int)asLearner.StatusCode}");
            }
        }

        Assert.Contains("/admin/users", routes);
        Assert.Contains("/admin/certificates/register.csv", routes);
        Assert.Contains("/admin/media/upload", postOnly);
        Assert.Empty(wrong);
    }

    /// <summary>A body-less request; a post carries an empty form, as a forged one would.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string route)
        => client.SendAsync(new HttpRequestMessage(method, route) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null });

    /// <summary>The site's routes for <paramref name="method"/> under the guarded prefixes, each parameter filled with a plausible value.</summary>
    private static List<string> GuardedRoutes(SiteFactory site, string method)
        => [.. site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(method))
            .Select(e => Fill(e.RoutePattern))
            .Where(route => Guarded.Any(prefix => route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) && !Open.Contains(route))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static string Fill(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Value(parameter),
            _ => "",
        })));
        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }

    private static string Value(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal)))
        {
            return "1";
        }

        return parameter.IsCatchAll ? "a/b" : string.Create(CultureInfo.InvariantCulture, $"{parameter.Name.ToLowerInvariant()}1");
    }
}
