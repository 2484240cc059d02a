namespace Mektep.Email;

/// <summary>Sends email. Only the notifications module knows how (SMTP or a pickup folder).</summary>
public interface IEmailSender
{
    /// <summary>Sends one message or throws.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
