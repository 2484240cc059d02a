namespace Mektep.Email;

/// <summary>What the outbox needs to know about a message besides its content.</summary>
/// <param name="Kind">The message kind (<see cref="EmailKind.Name"/>), e.g. <c>reminders.inactivity</c>.</param>
/// <param name="IdempotencyKey">
/// Unique per event, e.g. <c>reminders.inactivity:{rule}:{user}:{period}</c>: a second message with the same key is
/// not queued.
/// </param>
public sealed record EmailEnvelope(string Kind, string IdempotencyKey)
{
    /// <summary>The recipient's user id when they have an account: their unsubscribe preferences are honoured.</summary>
    public string? UserId { get; init; }

    /// <summary>The culture the message was written in (kk, ru, en).</summary>
    public string? Culture { get; init; }

    /// <summary>Essential mail (password reset, account notices) ignores unsubscribe preferences.</summary>
    public bool IsEssential { get; init; }
}
