using System.Text.Json;
using Mektep.Email;
using Mektep.Notifications.Models;
using MimeKit;

namespace Mektep.Notifications.Services;

/// <summary>Turns an outbox row into a MIME message.</summary>
public static class MimeMessages
{
    public static MimeMessage Create(OutboxMessage row, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(row.ToName ?? "", row.ToAddress));
        message.Subject = row.Subject;
        var domain = message.From.Mailboxes.First().Domain;
        // Derived from the idempotency key: a message delivered twice (a crash between sending and recording) carries
        // the same Message-ID both times, so mail clients show it once.
        message.MessageId = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.IdempotencyKey)))[..32]}@{domain}";
        foreach (var (name, value) in Deserialize<Dictionary<string, string>>(row.HeadersJson) ?? [])
        {
            message.Headers.Add(name, value);
        }

        var attachments = Deserialize<List<EmailAttachment>>(row.AttachmentsJson) ?? [];
        if (row.HtmlBody is null && attachments.Count == 0)
        {
            // A single base64 text part, as the engine's own pickup writer makes: readers of .eml files rely on it.
            message.Body = new TextPart("plain") { Text = row.TextBody, ContentTransferEncoding = ContentEncoding.Base64 };
            return message;
        }

        var body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody };
        foreach (var attachment in attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static T? Deserialize<T>(string? json) where T : class
        => json is null ? null : JsonSerializer.Deserialize<T>(json, EmailOutbox.Json);
}
