namespace Mektep.Audit;

/// <summary>
/// Records who did what and when. Inside a database transaction of the same request the event commits or
/// rolls back with the change it describes.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records the event with the current user as the actor and the current UTC time.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
