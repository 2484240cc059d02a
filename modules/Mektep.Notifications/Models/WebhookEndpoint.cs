namespace Mektep.Notifications.Models;

/// <summary>An address outside the site that is told about learning events, with the secret that signs them.</summary>
public sealed class WebhookEndpoint
{
    public long Id { get; set; }

    /// <summary>An absolute http or https address.</summary>
    public required string Url { get; set; }

    public string? Description { get; set; }

    /// <summary>The signing secret, protected with ASP.NET Data Protection (never stored in clear).</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>Subscribed event kinds (<c>Mektep.Learning.LearningEventKinds</c>), comma-separated.</summary>
    public required string EventKinds { get; set; }

    public bool Enabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime SecretRotatedUtc { get; set; }

    public IReadOnlyList<string> Kinds => [.. EventKinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
