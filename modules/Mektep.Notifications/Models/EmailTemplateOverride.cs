namespace Mektep.Notifications.Models;

/// <summary>An administrator's version of a message kind's templates in one culture.</summary>
public sealed class EmailTemplateOverride
{
    public required string Kind { get; set; }

    public required string Culture { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }
}
