using System.Net.Mail;
using System.Text;
using Mektep.Email;
using Microsoft.Extensions.Logging;

namespace Mektep.Engine.Email;

/// <summary>
/// The embedded default: each message becomes a .eml file in a pickup folder (App_Data/mail), readable in any
/// mail client. The notifications module replaces this with SMTP delivery when it is configured.
/// </summary>
public sealed class PickupFolderEmailSender(string folder, string from, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var builder = new StringBuilder();
        builder.Append("From: ").Append(from).Append("\r\n");
        builder.Append("To: ").Append(new MailAddress(message.To, message.ToName ?? "").ToString()).Append("\r\n");
        builder.Append("Subject: ").Append(EncodeHeader(message.Subject)).Append("\r\n");
        builder.Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r")).Append("\r\n");
        foreach (var (name, value) in message.Headers)
        {
            builder.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        builder.Append("MIME-Version: 1.0\r\n");
        builder.Append("Content-Type: text/plain; charset=utf-8\r\n");
        builder.Append("Content-Transfer-Encoding: base64\r\n\r\n");
        builder.Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.TextBody), Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");

        var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, builder.ToString(), cancellationToken);
        logger.LogInformation("Wrote email to {To} as {Path}.", message.To, path);
    }

    private static string EncodeHeader(string value) => value.All(char.IsAscii) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
