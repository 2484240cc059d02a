namespace Mektep.Email;

/// <summary>
/// A person's choices about the messages they get: the language, and which optional kinds. Implemented by the
/// notifications module; the email composer and outbox honour them, and senders may ask before composing.
/// </summary>
public interface IMessagePreferences
{
    /// <summary>The language (kk, ru, en) the person wants messages in, or null to follow their site language.</summary>
    Task<string?> GetCultureAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>False when the person opted out of this optional kind by email. Essential kinds are always wanted.</summary>
    Task<bool> WantsEmailAsync(string userId, string kind, CancellationToken cancellationToken = default);
}
