using MimeKit;

namespace Mektep.Notifications.Services;

/// <summary>One open delivery channel (an SMTP connection or the pickup folder), used for a whole batch.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>False once the connection broke: the rest of the batch waits for the next drain.</summary>
    bool IsConnected { get; }

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
