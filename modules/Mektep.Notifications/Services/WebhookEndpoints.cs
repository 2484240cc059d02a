using Mektep.Learning;
using Mektep.Notifications.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Notifications.Services;

/// <summary>What an administrator posts for an endpoint.</summary>
public sealed class WebhookInput
{
    public string? Url { get; set; }

    public string? Description { get; set; }

    public bool Enabled { get; set; }

    public bool Enrollment { get; set; }

    public bool LessonDone { get; set; }

    public bool CourseCompleted { get; set; }

    public bool QuizGraded { get; set; }

    public bool CertificateIssued { get; set; }

    public bool CertificateRevoked { get; set; }

    public IReadOnlyList<string> Kinds =>
    [
        .. new (bool On, string Kind)[]
        {
            (Enrollment, LearningEventKinds.Enrolled), (LessonDone, LearningEventKinds.LessonDone), (CourseCompleted, LearningEventKinds.CourseCompleted),
            (QuizGraded, LearningEventKinds.QuizGraded), (CertificateIssued, LearningEventKinds.CertificateIssued), (CertificateRevoked, LearningEventKinds.CertificateRevoked),
        }.Where(k => k.On).Select(k => k.Kind),
    ];

    public static WebhookInput From(WebhookEndpoint endpoint)
    {
        var kinds = endpoint.Kinds;
        return new()
        {
            Url = endpoint.Url,
            Description = endpoint.Description,
            Enabled = endpoint.Enabled,
            Enrollment = kinds.Contains(LearningEventKinds.Enrolled),
            LessonDone = kinds.Contains(LearningEventKinds.LessonDone),
            CourseCompleted = kinds.Contains(LearningEventKinds.CourseCompleted),
            QuizGraded = kinds.Contains(LearningEventKinds.QuizGraded),
            CertificateIssued = kinds.Contains(LearningEventKinds.CertificateIssued),
            CertificateRevoked = kinds.Contains(LearningEventKinds.CertificateRevoked),
        };
    }
}

/// <summary>The result of saving an endpoint: the row, the secret when one was made (shown once), or errors by field.</summary>
public sealed record WebhookSaveResult(WebhookEndpoint? Endpoint, string? NewSecret, Dictionary<string, string> Errors);

/// <summary>Webhook endpoints as administrators manage them. Secrets are stored protected and shown once, when made.</summary>
public sealed class WebhookEndpoints(DbContext db, TimeProvider clock, IDataProtectionProvider protection)
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 500;

    private readonly IDataProtector _protector = protection.CreateProtector("Mektep.Notifications.Webhooks.Secret.v1");

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken cancellationToken = default)
        => await db.Set<WebhookEndpoint>().AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);

    public Task<WebhookEndpoint?> FindAsync(long id, CancellationToken cancellationToken = default)
        => db.Set<WebhookEndpoint>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Adds an endpoint (with a new secret) when <paramref name="id"/> is null, else updates it; unknown id: no endpoint and no errors.</summary>
    public async Task<WebhookSaveResult> SaveAsync(long? id, WebhookInput input, CancellationToken cancellationToken = default)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new(null, null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        string? secret = null;
        WebhookEndpoint? endpoint;
        if (id is { } existing)
        {
            endpoint = await db.Set<WebhookEndpoint>().FirstOrDefaultAsync(e => e.Id == existing, cancellationToken);
            if (endpoint is null)
            {
                return new(null, null, []);
            }
        }
        else
        {
            secret = WebhookSignature.NewSecret();
            endpoint = new WebhookEndpoint { Url = "", ProtectedSecret = _protector.Protect(secret), EventKinds = "", CreatedUtc = now, SecretRotatedUtc = now };
            db.Add(endpoint);
        }

        endpoint.Url = input.Url!.Trim();
        endpoint.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        endpoint.Enabled = input.Enabled;
        endpoint.EventKinds = string.Join(',', input.Kinds);
        endpoint.ModifiedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return new(endpoint, secret, []);
    }

    /// <summary>Replaces the secret at once (deliveries not yet made are signed with the new one); null for an unknown id.</summary>
    public async Task<string?> RotateSecretAsync(long id, CancellationToken cancellationToken = default)
    {
        var secret = WebhookSignature.NewSecret();
        var now = clock.GetUtcNow().UtcDateTime;
        var protectedSecret = _protector.Protect(secret);
        var changed = await db.Set<WebhookEndpoint>().Where(e => e.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProtectedSecret, protectedSecret).SetProperty(e => e.SecretRotatedUtc, now).SetProperty(e => e.ModifiedUtc, now), cancellationToken);
        return changed == 1 ? secret : null;
    }

    /// <summary>The secret in clear, to sign with.</summary>
    public string SecretOf(WebhookEndpoint endpoint) => _protector.Unprotect(endpoint.ProtectedSecret);

    public static Dictionary<string, string> Validate(WebhookInput input)
    {
        var errors = new Dictionary<string, string>();
        var url = input.Url?.Trim();
        if (string.IsNullOrEmpty(url) || url.Length > MaxUrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            errors["Url"] = "Enter an absolute http:// or https:// address without a user name or #fragment.";
        }

        if (input.Description?.Trim().Length > MaxDescriptionLength)
        {
            errors["Description"] = "The description is too long.";
        }

        if (input.Kinds.Count == 0)
        {
            errors["Kinds"] = "Choose at least one event.";
        }

        return errors;
    }
}
