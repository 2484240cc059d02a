using Mektep.Certificates.Models;
using Mektep.Email;
using Mektep.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mektep.Certificates.Services;

/// <summary>
/// Reminds holders that a certificate expires soon, once per certificate: the reminder's mail and the
/// <see cref="Certificate.ExpiryReminderUtc"/> mark commit together, and the outbox key stops a retried run from
/// mailing twice.
/// </summary>
public sealed class ExpiryReminders(DbContext db, TimeProvider clock, IPeopleDirectory people, CertificateLinks links, IOptions<CertificateOptions> options, IServiceProvider services)
{
    public const string Kind = "certificates.expiring";
    private const int BatchSize = 200;

    /// <summary>Queues the reminders that are due; returns how many.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken = default)
    {
        var composer = services.GetService<IEmailComposer>();
        var outbox = services.GetService<IEmailOutbox>();
        if (composer is null || outbox is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(Math.Max(1, options.Value.ExpiryReminderDays));
        var total = 0;
        while (true)
        {
            var due = await db.Set<Certificate>().AsNoTracking()
                .Where(c => c.RevokedUtc == null && c.ExpiryReminderUtc == null && c.ExpiresUtc != null && c.ExpiresUtc > now && c.ExpiresUtc <= horizon)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return total;
            }

            var persons = (await people.GetPeopleAsync([.. due.Select(c => c.UserId).Distinct(StringComparer.Ordinal)], cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var certificate in due)
                {
                    if (persons.TryGetValue(certificate.UserId, out var person) && !string.IsNullOrWhiteSpace(person.Email))
                    {
                        var model = new Dictionary<string, object?>
                        {
                            ["course_title"] = certificate.CourseTitle,
                            ["certificate_number"] = certificate.Number,
                            ["expires"] = certificate.ExpiresUtc!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                            ["my_certificates_url"] = links.BaseUrl() + "/my/certificates",
                        };
                        var message = await composer.ComposeAsync(Kind, new EmailRecipient(person.Email, person.DisplayName, person.Id, certificate.Culture), model, cancellationToken);
                        await outbox.EnqueueAsync(message, new EmailEnvelope(Kind, $"{Kind}:{certificate.Id}") { UserId = person.Id, Culture = certificate.Culture }, cancellationToken);
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                var ids = due.Select(c => c.Id).ToList();
                await db.Set<Certificate>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiryReminderUtc, now), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            db.ChangeTracker.Clear();
            total += due.Count;
        }
    }

    public static readonly EmailKind EmailKind = new(
        Kind,
        "A reminder that your certificate expires soon",
        IsEssential: false,
        new Dictionary<string, EmailTemplate>
        {
            ["en"] = new(
                "{{ site }}: your certificate for {{ course_title }} expires on {{ expires }}",
                "<p>Hello {{ recipient_name }},</p>\n<p>Certificate No. {{ certificate_number }} for the course \"{{ course_title }}\" expires on {{ expires }}.</p>\n<p><a href=\"{{ my_certificates_url }}\">Your certificates</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></small></p>",
                "Hello {{ recipient_name }},\n\nCertificate No. {{ certificate_number }} for the course \"{{ course_title }}\" expires on {{ expires }}.\n\nYour certificates: {{ my_certificates_url }}\n\nUnsubscribe: {{ unsubscribe_url }}\n"),
            ["ru"] = new(
                "{{ site }}: срок действия сертификата за курс «{{ course_title }}» истекает {{ expires }}",
                "<p>Здравствуйте, {{ recipient_name }}!</p>\n<p>Срок действия сертификата № {{ certificate_number }} за курс «{{ course_title }}» истекает {{ expires }}.</p>\n<p><a href=\"{{ my_certificates_url }}\">Ваши сертификаты</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Отписаться</a></small></p>",
                "Здравствуйте, {{ recipient_name }}!\n\nСрок действия сертификата № {{ certificate_number }} за курс «{{ course_title }}» истекает {{ expires }}.\n\nВаши сертификаты: {{ my_certificates_url }}\n\nОтписаться: {{ unsubscribe_url }}\n"),
            ["kk"] = new(
                "{{ site }}: «{{ course_title }}» курсы бойынша сертификаттың мерзімі {{ expires }} бітеді",
                "<p>Сәлеметсіз бе, {{ recipient_name }}!</p>\n<p>«{{ course_title }}» курсы бойынша № {{ certificate_number }} сертификаттың мерзімі {{ expires }} бітеді.</p>\n<p><a href=\"{{ my_certificates_url }}\">Сертификаттарыңыз</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Жазылымнан бас тарту</a></small></p>",
                "Сәлеметсіз бе, {{ recipient_name }}!\n\n«{{ course_title }}» курсы бойынша № {{ certificate_number }} сертификаттың мерзімі {{ expires }} бітеді.\n\nСертификаттарыңыз: {{ my_certificates_url }}\n\nЖазылымнан бас тарту: {{ unsubscribe_url }}\n"),
        },
        new Dictionary<string, object?>
        {
            ["course_title"] = "Rural district budgets",
            ["certificate_number"] = "2026-000123",
            ["expires"] = "2027-12-31",
            ["my_certificates_url"] = "https://example.org/my/certificates",
        });
}
