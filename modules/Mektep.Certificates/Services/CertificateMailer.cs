using Mektep.Certificates.Models;
using Mektep.Email;
using Mektep.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Certificates.Services;

/// <summary>
/// Queues the "your certificate" mail with the PDF attached in the issuer's unit of work, so the mail commits with
/// the certificate; the idempotency key (the certificate id) keeps a retry from mailing twice.
/// </summary>
public sealed class CertificateMailer(DbContext db, IPeopleDirectory people, CertificatePdf pdf, CertificateLinks links, IServiceProvider services)
{
    public const string Kind = "certificates.issued";

    private const int FlushEvery = 25;

    public async Task QueueAsync(IReadOnlyList<Certificate> certificates, CancellationToken cancellationToken = default)
    {
        var composer = services.GetService<IEmailComposer>();
        var outbox = services.GetService<IEmailOutbox>();
        if (composer is null || outbox is null || certificates.Count == 0)
        {
            return;
        }

        var emails = (await people.GetPeopleAsync([.. certificates.Select(c => c.UserId).Distinct(StringComparer.Ordinal)], cancellationToken))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var queued = 0;
        foreach (var certificate in certificates)
        {
            if (!emails.TryGetValue(certificate.UserId, out var person) || string.IsNullOrWhiteSpace(person.Email))
            {
                continue;
            }

            var snapshot = CertificateIssuer.ReadSnapshot(certificate);
            var model = new Dictionary<string, object?>
            {
                ["course_title"] = certificate.CourseTitle,
                ["certificate_number"] = certificate.Number,
                ["verify_url"] = snapshot.VerifyUrl,
                ["my_certificates_url"] = links.BaseUrl() + "/my/certificates",
            };
            var message = await composer.ComposeAsync(Kind, new EmailRecipient(person.Email, person.DisplayName, person.Id, certificate.Culture), model, cancellationToken);
            message = message with { Attachments = [new EmailAttachment($"certificate-{certificate.Number}.pdf", "application/pdf", pdf.Render(snapshot))] };
            await outbox.EnqueueAsync(message, new EmailEnvelope(Kind, $"{Kind}:{certificate.Id}") { UserId = person.Id, Culture = certificate.Culture }, cancellationToken);
            // Each queued row holds its PDF twice (bytes, Base64): flushing every 25 keeps about 25 MB tracked, not 100.
            if (++queued % FlushEvery == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static readonly EmailKind EmailKind = new(
        Kind,
        "Your certificate, when one is issued to you",
        IsEssential: false,
        new Dictionary<string, EmailTemplate>
        {
            ["en"] = new(
                "{{ site }}: your certificate for {{ course_title }}",
                "<p>Hello {{ recipient_name }},</p>\n<p>Congratulations! Certificate No. {{ certificate_number }} for the course \"{{ course_title }}\" is attached.</p>\n<p>Anyone can check it at <a href=\"{{ verify_url }}\">{{ verify_url }}</a>. All your certificates: <a href=\"{{ my_certificates_url }}\">{{ my_certificates_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></small></p>",
                "Hello {{ recipient_name }},\n\nCongratulations! Certificate No. {{ certificate_number }} for the course \"{{ course_title }}\" is attached.\n\nAnyone can check it at {{ verify_url }}\nAll your certificates: {{ my_certificates_url }}\n\nUnsubscribe: {{ unsubscribe_url }}\n"),
            ["ru"] = new(
                "{{ site }}: ваш сертификат за курс «{{ course_title }}»",
                "<p>Здравствуйте, {{ recipient_name }}!</p>\n<p>Поздравляем! Сертификат № {{ certificate_number }} за курс «{{ course_title }}» во вложении.</p>\n<p>Проверить его может любой: <a href=\"{{ verify_url }}\">{{ verify_url }}</a>. Все ваши сертификаты: <a href=\"{{ my_certificates_url }}\">{{ my_certificates_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Отписаться</a></small></p>",
                "Здравствуйте, {{ recipient_name }}!\n\nПоздравляем! Сертификат № {{ certificate_number }} за курс «{{ course_title }}» во вложении.\n\nПроверить его может любой: {{ verify_url }}\nВсе ваши сертификаты: {{ my_certificates_url }}\n\nОтписаться: {{ unsubscribe_url }}\n"),
            ["kk"] = new(
                "{{ site }}: «{{ course_title }}» курсы бойынша сертификатыңыз",
                "<p>Сәлеметсіз бе, {{ recipient_name }}!</p>\n<p>Құттықтаймыз! «{{ course_title }}» курсы бойынша № {{ certificate_number }} сертификат тіркелген.</p>\n<p>Оны кез келген адам тексере алады: <a href=\"{{ verify_url }}\">{{ verify_url }}</a>. Барлық сертификаттарыңыз: <a href=\"{{ my_certificates_url }}\">{{ my_certificates_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Жазылымнан бас тарту</a></small></p>",
                "Сәлеметсіз бе, {{ recipient_name }}!\n\nҚұттықтаймыз! «{{ course_title }}» курсы бойынша № {{ certificate_number }} сертификат тіркелген.\n\nОны кез келген адам тексере алады: {{ verify_url }}\nБарлық сертификаттарыңыз: {{ my_certificates_url }}\n\nЖазылымнан бас тарту: {{ unsubscribe_url }}\n"),
        },
        new Dictionary<string, object?>
        {
            ["course_title"] = "Rural district budgets",
            ["certificate_number"] = "2026-000123",
            ["verify_url"] = "https://example.org/verify/ABCDEFGHIJKLMNOPQRST",
            ["my_certificates_url"] = "https://example.org/my/certificates",
        });
}
