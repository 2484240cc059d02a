namespace Mektep.Email;

/// <summary>
/// Renders a message kind's templates (the administrator's override, else the default) for one recipient in
/// their culture, adding the signed one-click unsubscribe link and headers for non-essential kinds. Queue the
/// result with <see cref="IEmailOutbox"/>. Implemented by the notifications module.
/// </summary>
public interface IEmailComposer
{
    /// <summary>Renders the message. <paramref name="model"/> values are available to the templates by name.</summary>
    Task<EmailMessage> ComposeAsync(string kind, EmailRecipient recipient, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default);
}

/// <summary>Who a composed message goes to.</summary>
/// <param name="Email">The address.</param>
/// <param name="Name">The display name, if any.</param>
/// <param name="UserId">The user id, for the unsubscribe link; null for someone without an account.</param>
/// <param name="Culture">kk, ru or en; null for the site default.</param>
public sealed record EmailRecipient(string Email, string? Name = null, string? UserId = null, string? Culture = null);
