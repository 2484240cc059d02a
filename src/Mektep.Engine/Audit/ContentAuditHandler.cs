using Mektep.Audit;
using Mektep.Content;

namespace Mektep.Engine.Audit;

/// <summary>Records content life-cycle events; it runs inside the content transaction, so the event commits with the change.</summary>
public sealed class ContentAuditHandler(IAuditTrail audit) : IContentHandler
{
    public Task SavedAsync(ContentItem item)
        => RecordAsync(item, item.Revision == 1 ? AuditActions.Created : AuditActions.Updated);

    public Task PublishedAsync(ContentItem item) => RecordAsync(item, AuditActions.Published);

    public Task UnpublishedAsync(ContentItem item) => RecordAsync(item, AuditActions.Unpublished);

    public Task RemovedAsync(ContentItem item) => RecordAsync(item, AuditActions.Deleted);

    private Task RecordAsync(ContentItem item, string action)
        => audit.RecordAsync(new AuditEvent(AuditCategories.Content, action, item.ContentItemId, item.DisplayText, Describe(item)));

    /// <summary>Type, culture and version, e.g. <c>Course · kk · v3</c>.</summary>
    public static string Describe(ContentItem item) => $"{item.ContentType} · {item.Culture} · v{item.VersionNumber}";
}
