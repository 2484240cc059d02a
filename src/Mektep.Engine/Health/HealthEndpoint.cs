using Mektep.Engine.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Engine.Health;

/// <summary>GET /health: 200 with the database's status when it answers, 503 when it does not.</summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/health", async (MektepDbContext db, DatabaseOptions database, CancellationToken cancellationToken) =>
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var canConnect = await db.Database.CanConnectAsync(cancellationToken);
            var elapsed = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
            var body = new { status = canConnect ? "Healthy" : "Unhealthy", database = new { provider = database.Provider.ToString(), status = canConnect ? "Up" : "Down", latencyMs = Math.Round(elapsed, 1) } };
            return Results.Json(body, statusCode: canConnect ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Json(new { status = "Unhealthy", database = new { provider = database.Provider.ToString(), status = "Down", error = ex.GetType().Name } }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }).AllowAnonymous().DisableAntiforgery();
}
