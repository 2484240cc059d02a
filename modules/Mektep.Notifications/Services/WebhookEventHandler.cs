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

        _endpoints ??= await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.Enabled).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<WebhookDelivery>();
        foreach (var e in events)
        {
            var payload = Payload(e);
            rows.AddRange(_endpoints.Where(p => p.Kinds.Contains(e.Kind)).Select(p => new WebhookDelivery
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

        if (rows.Count == 0)
        {
            return;
        }

        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }

        requests.Request();
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
