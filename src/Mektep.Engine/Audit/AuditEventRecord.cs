namespace Mektep.Engine.Audit;

/// <summary>One stored audit event.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>Upper-cased actor name for search (SQLite folds ASCII only).</summary>
    public string NormalizedActorName { get; set; } = "";

    public string Category { get; set; } = "";

    public string Action { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string SubjectName { get; set; } = "";

    /// <summary>Upper-cased subject name and id for search.</summary>
    public string NormalizedSubject { get; set; } = "";

    public string? Details { get; set; }
}
