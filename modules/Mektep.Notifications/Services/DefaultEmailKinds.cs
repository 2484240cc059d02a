using Mektep.Email;

namespace Mektep.Notifications.Services;

/// <summary>The kinds this module ships. Other modules (reminders, certificates) register their own.</summary>
public static class DefaultEmailKinds
{
    /// <summary>Essential mail the engine sends through <see cref="IEmailSender"/> (password reset, account created).</summary>
    public const string Account = "engine.account";

    public static readonly EmailKind Announcement = new(
        "notifications.announcement",
        "News and announcements from the school",
        IsEssential: false,
        new Dictionary<string, EmailTemplate>
        {
            ["en"] = new(
                "{{ site }}: {{ title }}",
                "<p>Hello {{ recipient_name }},</p>\n<p>{{ message }}</p>\n{% if url %}<p><a href=\"{{ url }}\">Read more</a></p>{% endif %}\n<p><small><a href=\"{{ unsubscribe_url }}\">Unsubscribe from announcements</a></small></p>",
                "Hello {{ recipient_name }},\n\n{{ message }}\n{% if url %}\nRead more: {{ url }}\n{% endif %}\nUnsubscribe from announcements: {{ unsubscribe_url }}\n"),
            ["ru"] = new(
                "{{ site }}: {{ title }}",
                "<p>Здравствуйте, {{ recipient_name }}!</p>\n<p>{{ message }}</p>\n{% if url %}<p><a href=\"{{ url }}\">Подробнее</a></p>{% endif %}\n<p><small><a href=\"{{ unsubscribe_url }}\">Отписаться от объявлений</a></small></p>",
                "Здравствуйте, {{ recipient_name }}!\n\n{{ message }}\n{% if url %}\nПодробнее: {{ url }}\n{% endif %}\nОтписаться от объявлений: {{ unsubscribe_url }}\n"),
            ["kk"] = new(
                "{{ site }}: {{ title }}",
                "<p>Сәлеметсіз бе, {{ recipient_name }}!</p>\n<p>{{ message }}</p>\n{% if url %}<p><a href=\"{{ url }}\">Толығырақ</a></p>{% endif %}\n<p><small><a href=\"{{ unsubscribe_url }}\">Хабарландырулардан бас тарту</a></small></p>",
                "Сәлеметсіз бе, {{ recipient_name }}!\n\n{{ message }}\n{% if url %}\nТолығырақ: {{ url }}\n{% endif %}\nХабарландырулардан бас тарту: {{ unsubscribe_url }}\n"),
        },
        new Dictionary<string, object?>
        {
            ["title"] = "New course: Rural district budgets",
            ["message"] = "Enrollment opens on Monday. <Places are limited.>",
            ["url"] = "https://example.org/courses/budgets",
        });
}
