using Mektep.Email;
using Mektep.Initiatives.Models;
using Mektep.Localization;
using Mektep.People;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mektep.Initiatives.Services;

/// <summary>
/// Tells the learner that their initiative was returned or approved: a mail through the outbox and an in-app
/// notification, both added to the reviewer's unit of work so they commit with the decision. The history entry's
/// id is in the idempotency key, so a decision notifies once.
/// </summary>
public sealed class InitiativeNotifier(
    IPeopleDirectory people,
    IPeopleContacts contacts,
    IConfiguration configuration,
    IHttpContextAccessor accessor,
    IServiceProvider services,
    IStringLocalizer<InitiativeNotifier> t)
{
    public const string ReturnedKind = "initiatives.returned";
    public const string ApprovedKind = "initiatives.approved";

    public async Task QueueAsync(Initiative initiative, InitiativeHistory entry, CancellationToken cancellationToken = default)
    {
        var person = (await people.GetPeopleAsync([initiative.UserId], cancellationToken)).FirstOrDefault();
        if (person is null)
        {
            return;
        }

        var culture = services.GetService<IMessagePreferences>() is { } preferences ? await preferences.GetCultureAsync(person.Id, cancellationToken) : null;
        culture ??= (await contacts.GetPreferredCulturesAsync([person.Id], cancellationToken)).GetValueOrDefault(person.Id);
        var approved = entry.Action == HistoryAction.Approved;
        var kind = approved ? ApprovedKind : ReturnedKind;
        var path = $"/initiatives/{initiative.Id}";
        var key = $"{kind}:{initiative.Id}:{entry.Id}:{entry.AtUtc.Ticks}";

        if (services.GetService<IUserNotifications>() is { } notifications)
        {
            string title, body;
            using (CultureScope.Use(culture ?? "kk"))
            {
                title = approved ? t["Your initiative \"{0}\" was approved", initiative.Title] : t["Your initiative \"{0}\" was returned for changes", initiative.Title];
                body = entry.Comment ?? (approved ? t["The reviewers approved it."] : "");
            }

            await notifications.AddAsync(new UserNotificationMessage(person.Id, kind, key, title, body, path), cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(person.Email) || services.GetService<IEmailComposer>() is not { } composer || services.GetService<IEmailOutbox>() is not { } outbox)
        {
            return;
        }

        var model = new Dictionary<string, object?>
        {
            ["initiative_title"] = initiative.Title,
            ["comment"] = entry.Comment ?? "",
            ["initiative_url"] = BaseUrl() + path,
        };
        var message = await composer.ComposeAsync(kind, new EmailRecipient(person.Email, person.DisplayName, person.Id, culture), model, cancellationToken);
        await outbox.EnqueueAsync(message, new EmailEnvelope(kind, key) { UserId = person.Id, Culture = culture }, cancellationToken);
    }

    private string BaseUrl()
    {
        var configured = configuration["Notifications:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        var request = accessor.HttpContext?.Request;
        return request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public static readonly EmailKind Returned = new(
        ReturnedKind,
        "Your investment initiative was returned for changes",
        IsEssential: false,
        new Dictionary<string, EmailTemplate>
        {
            ["en"] = new(
                "{{ site }}: your initiative \"{{ initiative_title }}\" was returned for changes",
                "<p>Hello {{ recipient_name }},</p>\n<p>The reviewers returned your initiative \"{{ initiative_title }}\" for changes:</p>\n<blockquote>{{ comment }}</blockquote>\n<p>Change it and submit it again: <a href=\"{{ initiative_url }}\">{{ initiative_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></small></p>",
                "Hello {{ recipient_name }},\n\nThe reviewers returned your initiative \"{{ initiative_title }}\" for changes:\n\n{{ comment }}\n\nChange it and submit it again: {{ initiative_url }}\n\nUnsubscribe: {{ unsubscribe_url }}\n"),
            ["ru"] = new(
                "{{ site }}: инициатива «{{ initiative_title }}» возвращена на доработку",
                "<p>Здравствуйте, {{ recipient_name }}!</p>\n<p>Эксперты вернули вашу инициативу «{{ initiative_title }}» на доработку:</p>\n<blockquote>{{ comment }}</blockquote>\n<p>Исправьте её и отправьте снова: <a href=\"{{ initiative_url }}\">{{ initiative_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Отписаться</a></small></p>",
                "Здравствуйте, {{ recipient_name }}!\n\nЭксперты вернули вашу инициативу «{{ initiative_title }}» на доработку:\n\n{{ comment }}\n\nИсправьте её и отправьте снова: {{ initiative_url }}\n\nОтписаться: {{ unsubscribe_url }}\n"),
            ["kk"] = new(
                "{{ site }}: «{{ initiative_title }}» бастамасы пысықтауға қайтарылды",
                "<p>Сәлеметсіз бе, {{ recipient_name }}!</p>\n<p>Сарапшылар «{{ initiative_title }}» бастамаңызды пысықтауға қайтарды:</p>\n<blockquote>{{ comment }}</blockquote>\n<p>Түзетіп, қайта жіберіңіз: <a href=\"{{ initiative_url }}\">{{ initiative_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Жазылымнан бас тарту</a></small></p>",
                "Сәлеметсіз бе, {{ recipient_name }}!\n\nСарапшылар «{{ initiative_title }}» бастамаңызды пысықтауға қайтарды:\n\n{{ comment }}\n\nТүзетіп, қайта жіберіңіз: {{ initiative_url }}\n\nЖазылымнан бас тарту: {{ unsubscribe_url }}\n"),
        },
        new Dictionary<string, object?>
        {
            ["initiative_title"] = "Milk processing cooperative",
            ["comment"] = "Add the cost of the cooling tank.",
            ["initiative_url"] = "https://example.org/initiatives/1",
        });

    public static readonly EmailKind Approved = new(
        ApprovedKind,
        "Your investment initiative was approved",
        IsEssential: false,
        new Dictionary<string, EmailTemplate>
        {
            ["en"] = new(
                "{{ site }}: your initiative \"{{ initiative_title }}\" was approved",
                "<p>Hello {{ recipient_name }},</p>\n<p>Congratulations! The reviewers approved your initiative \"{{ initiative_title }}\".</p>\n{% if comment != blank %}<blockquote>{{ comment }}</blockquote>\n{% endif %}<p>See it with the review: <a href=\"{{ initiative_url }}\">{{ initiative_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></small></p>",
                "Hello {{ recipient_name }},\n\nCongratulations! The reviewers approved your initiative \"{{ initiative_title }}\".\n\n{{ comment }}\n\nSee it with the review: {{ initiative_url }}\n\nUnsubscribe: {{ unsubscribe_url }}\n"),
            ["ru"] = new(
                "{{ site }}: инициатива «{{ initiative_title }}» одобрена",
                "<p>Здравствуйте, {{ recipient_name }}!</p>\n<p>Поздравляем! Эксперты одобрили вашу инициативу «{{ initiative_title }}».</p>\n{% if comment != blank %}<blockquote>{{ comment }}</blockquote>\n{% endif %}<p>Инициатива и отзыв: <a href=\"{{ initiative_url }}\">{{ initiative_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Отписаться</a></small></p>",
                "Здравствуйте, {{ recipient_name }}!\n\nПоздравляем! Эксперты одобрили вашу инициативу «{{ initiative_title }}».\n\n{{ comment }}\n\nИнициатива и отзыв: {{ initiative_url }}\n\nОтписаться: {{ unsubscribe_url }}\n"),
            ["kk"] = new(
                "{{ site }}: «{{ initiative_title }}» бастамасы мақұлданды",
                "<p>Сәлеметсіз бе, {{ recipient_name }}!</p>\n<p>Құттықтаймыз! Сарапшылар «{{ initiative_title }}» бастамаңызды мақұлдады.</p>\n{% if comment != blank %}<blockquote>{{ comment }}</blockquote>\n{% endif %}<p>Бастама және пікір: <a href=\"{{ initiative_url }}\">{{ initiative_url }}</a></p>\n<p><small><a href=\"{{ unsubscribe_url }}\">Жазылымнан бас тарту</a></small></p>",
                "Сәлеметсіз бе, {{ recipient_name }}!\n\nҚұттықтаймыз! Сарапшылар «{{ initiative_title }}» бастамаңызды мақұлдады.\n\n{{ comment }}\n\nБастама және пікір: {{ initiative_url }}\n\nЖазылымнан бас тарту: {{ unsubscribe_url }}\n"),
        },
        new Dictionary<string, object?>
        {
            ["initiative_title"] = "Milk processing cooperative",
            ["comment"] = "A well-costed plan.",
            ["initiative_url"] = "https://example.org/initiatives/1",
        });
}
