using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Mektep.Notifications.Services;

/// <summary>Opens SMTP when a host is configured, the pickup folder otherwise. Virtual so fault tests can wrap a transport.</summary>
public class MailTransports(ILoggerFactory loggers)
{
    public virtual async Task<IMailTransport> OpenAsync(NotificationOptions options, CancellationToken cancellationToken)
    {
        if (options.Smtp.Host is not { Length: > 0 } host)
        {
            return new PickupFolderTransport(options.PickupFolder);
        }

        var client = new SmtpClient { Timeout = (int)options.Smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, options.Smtp.Port, options.Smtp.Security, cancellationToken);
            if (options.Smtp.UserName is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, options.Smtp.Password ?? "", cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        loggers.CreateLogger<MailTransports>().LogDebug("Connected to SMTP {Host}:{Port}.", host, options.Smtp.Port);
        return new SmtpTransport(client);
    }

    private sealed class SmtpTransport(SmtpClient client) : IMailTransport
    {
        public bool IsConnected => client.IsConnected;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
            {
                // The messages are recorded already; a failed QUIT changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    private sealed class PickupFolderTransport(string folder) : IMailTransport
    {
        private static readonly FormatOptions Crlf = new() { NewLineFormat = NewLineFormat.Dos };

        public bool IsConnected => true;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            var temp = path + ".tmp";
            await message.WriteToAsync(Crlf, temp, cancellationToken);
            File.Move(temp, path);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
