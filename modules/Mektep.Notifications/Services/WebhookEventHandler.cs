using System.Globalization;
using System.Text.Json;
using Mektep.Learning;
using Mektep.Modules;
using Mektep.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>
/// Queues a delivery for every enabled endpoint subscribed to an event, in the transaction of the event (the raiser's
/// unit of work): a rolled-back enrollment or grade leaves no delivery behind, a committed one always has its rows.
/// Course completion comes through <see cref="ICourseCompletionHandler"/>, the rest through <see cref="ILearningEventHandler"/>.
/// </summary>
public sealed class WebhookEventHandler(DbContext db, TimeProvider clock, IFeatureManager features, WebhookDeliveryRequests requests)
    : ILearningEventHandler, ICourseCompletionHandler
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    private List<WebhookEndpoint>? _endpoints;

    public Task CompletedAsync(CourseCompletion completion, CancellationToken cancellationToken = default)
        => HandleAsync(
            [new LearningEvent(LearningEventKinds.CourseCompleted, completion.UserId, completion.CompletedUtc, new Dictionary<string, string?> { ["course_set"] = completion.CourseSet })],
            cancellationToken);

    public async Task HandleAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0 || !features.IsEnabled(typeof(WebhookEventHandler).Assembly.GetName().Name!))
        {
            return;
        }

        _endpoints ??= await EnabledEndpointsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = Rows(events, _endpoints, now);
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            await SaveAsync(rows, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // An endpoint deleted after it was read (this scope keeps the list; another request may delete it at any
            // moment) refuses its row through the foreign key. EF rolled back to its savepoint, so the raiser's
            // transaction goes on: read the endpoints again and queue for those still there; any other failure throws.
            var queuedFor = rows.Select(r => r.EndpointId).ToHashSet();
            _endpoints = await EnabledEndpointsAsync(cancellationToken);
            if (queuedFor.All(id => _endpoints.Any(e => e.Id == id)))
            {
                throw;
            }

            rows = Rows(events, _endpoints, now);
            if (rows.Count == 0)
            {
                return;
            }

            await SaveAsync(rows, cancellationToken);
        }

        requests.Request();
    }

    private Task<List<WebhookEndpoint>> EnabledEndpointsAsync(CancellationToken cancellationToken)
        => db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.Enabled).ToListAsync(cancellationToken);

    private static List<WebhookDelivery> Rows(IReadOnlyList<LearningEvent> events, List<WebhookEndpoint> endpoints, DateTime now)
    {
        var rows = new List<WebhookDelivery>();
        foreach (var e in events)
        {
            var payload = Payload(e);
            rows.AddRange(endpoints.Where(p => p.Kinds.Contains(e.Kind)).Select(p => new WebhookDelivery
            {
                EndpointId = p.Id,
                EventId = e.Id,
                Kind = e.Kind,
                Payload = payload,
                Status = WebhookDeliveryStatus.Pending,
                NextAttemptUtc = now,
                CreatedUtc = now,
            }));
        }

        return rows;
    }

    /// <summary>Saves the rows and stops tracking them, whether they were saved or not.</summary>
    private async Task SaveAsync(List<WebhookDelivery> rows, CancellationToken cancellationToken)
    {
        db.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    /// <summary>The JSON body: event id, kind, time and data (with the learner's id); nothing secret.</summary>
    public static string Payload(LearningEvent e)
    {
        var data = new SortedDictionary<string, string?>(StringComparer.Ordinal) { ["user_id"] = e.UserId };
        foreach (var (key, value) in e.Data)
        {
            data[key] = value;
        }

        return JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["id"] = e.Id,
                ["kind"] = e.Kind,
                ["occurred_at"] = DateTime.SpecifyKind(e.OccurredUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                ["data"] = data,
            },
            Json);
    }
}
