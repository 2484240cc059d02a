namespace Mektep.Email;

/// <summary>
/// Queues mail in the outbox table through the request's scoped <c>DbContext</c>: nothing is written until the
/// caller calls <c>SaveChanges</c>, so the message commits or rolls back with the event that causes it. A job
/// delivers it afterwards with retries. Implemented by the notifications module.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Adds the message to the caller's unit of work. Returns false (and adds nothing) when a message with the same
    /// idempotency key is already queued or sent, so the same event never mails twice.
    /// </summary>
    Task<bool> EnqueueAsync(EmailMessage message, EmailEnvelope envelope, CancellationToken cancellationToken = default);
}
