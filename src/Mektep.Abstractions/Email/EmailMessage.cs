namespace Mektep.Email;

/// <summary>An email to send.</summary>
public sealed record EmailMessage
{
    /// <summary>Recipient address.</summary>
    public required string To { get; init; }

    /// <summary>Recipient display name.</summary>
    public string? ToName { get; init; }

    /// <summary>Subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>Plain-text body.</summary>
    public required string TextBody { get; init; }

    /// <summary>HTML body, if any.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>Files attached.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>Extra headers (List-Unsubscribe, ...).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>A file attached to an email.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
