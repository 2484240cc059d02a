using Mektep.Email;
using Mektep.Reminders.Models;

namespace Mektep.Reminders.Services;

/// <summary>
/// The message kinds of reminders with their default templates in kk, ru and en (administrators may override them at
/// /admin/notifications/templates).
/// Certificate mail is not a reminder: the certificates module owns it (<c>certificates.issued</c>, <c>certificates.expiring</c>).
/// </summary>
public static class ReminderKinds
{
    public const string Welcome = "reminders.welcome";
    public const string Inactivity = "reminders.inactivity";
    public const string CourseDue = "reminders.course-due";
    public const string QuizDue = "reminders.quiz-due";
    public const string QuizFailed = "reminders.quiz-failed";
    public const string WeeklyDigest = "reminders.weekly-digest";

    /// <summary>The kinds a rule type sends (due soon sends one for courses and one for quizzes).</summary>
    public static IReadOnlyList<string> For(ReminderType type) => type switch
    {
        ReminderType.Welcome => [Welcome],
        ReminderType.Inactivity => [Inactivity],
        ReminderType.DueSoon => [CourseDue, QuizDue],
        ReminderType.QuizFailed => [QuizFailed],
        ReminderType.WeeklyDigest => [WeeklyDigest],
        _ => [],
    };

    public static IReadOnlyList<EmailKind> All { get; } =
    [
        Kind(Welcome, "Welcome when you are enrolled in a course",
            new() { ["course_title"] = "Ауыл бюджеті", ["course_url"] = "https://example.org/courses/1" },
            ("{{ site }}: you are enrolled in {{ course_title }}", "You are enrolled in the course «{{ course_title }}». Start with the first lesson when you are ready.", "{{ course_url }}", "Open the course"),
            ("{{ site }}: вы записаны на курс «{{ course_title }}»", "Вы записаны на курс «{{ course_title }}». Начните с первого урока, когда будете готовы.", "{{ course_url }}", "Открыть курс"),
            ("{{ site }}: сіз «{{ course_title }}» курсына жазылдыңыз", "Сіз «{{ course_title }}» курсына жазылдыңыз. Дайын болғанда бірінші сабақтан бастаңыз.", "{{ course_url }}", "Курсты ашу")),
        Kind(Inactivity, "Reminders when you have not studied for a while",
            new() { ["course_title"] = "Ауыл бюджеті", ["course_url"] = "https://example.org/courses/1", ["days"] = 14, ["percent"] = 40 },
            ("{{ site }}: continue {{ course_title }}", "You have not opened «{{ course_title }}» for {{ days }} days. You have done {{ percent }}% of it: continue where you stopped.", "{{ course_url }}", "Continue the course"),
            ("{{ site }}: продолжите курс «{{ course_title }}»", "Вы не открывали курс «{{ course_title }}» {{ days }} дн. Пройдено {{ percent }}%: продолжите с того места, где остановились.", "{{ course_url }}", "Продолжить курс"),
            ("{{ site }}: «{{ course_title }}» курсын жалғастырыңыз", "Сіз «{{ course_title }}» курсын {{ days }} күн ашпадыңыз. {{ percent }}% орындалды: тоқтаған жерден жалғастырыңыз.", "{{ course_url }}", "Курсты жалғастыру")),
        Kind(CourseDue, "Reminders before a course is due",
            new() { ["course_title"] = "Ауыл бюджеті", ["course_url"] = "https://example.org/courses/1", ["due_date"] = "15.12.2026", ["percent"] = 60 },
            ("{{ site }}: {{ course_title }} is due on {{ due_date }}", "Your course «{{ course_title }}» is due on {{ due_date }}. You have done {{ percent }}% of it.", "{{ course_url }}", "Continue the course"),
            ("{{ site }}: курс «{{ course_title }}» нужно пройти до {{ due_date }}", "Курс «{{ course_title }}» нужно пройти до {{ due_date }}. Пройдено {{ percent }}%.", "{{ course_url }}", "Продолжить курс"),
            ("{{ site }}: «{{ course_title }}» курсын {{ due_date }} дейін аяқтаңыз", "«{{ course_title }}» курсын {{ due_date }} дейін аяқтау керек. {{ percent }}% орындалды.", "{{ course_url }}", "Курсты жалғастыру")),
        Kind(QuizDue, "Reminders before a quiz closes",
            new() { ["quiz_title"] = "Бюджет тесті", ["quiz_url"] = "https://example.org/quizzes/1", ["due_date"] = "15.12.2026 18:00" },
            ("{{ site }}: the quiz {{ quiz_title }} closes on {{ due_date }}", "The quiz «{{ quiz_title }}» closes on {{ due_date }} and you have not passed it yet.", "{{ quiz_url }}", "Open the quiz"),
            ("{{ site }}: тест «{{ quiz_title }}» закрывается {{ due_date }}", "Тест «{{ quiz_title }}» закрывается {{ due_date }}, а вы его ещё не сдали.", "{{ quiz_url }}", "Открыть тест"),
            ("{{ site }}: «{{ quiz_title }}» тесті {{ due_date }} жабылады", "«{{ quiz_title }}» тесті {{ due_date }} жабылады, ал сіз оны әлі тапсырған жоқсыз.", "{{ quiz_url }}", "Тестті ашу")),
        Kind(QuizFailed, "Encouragement to try a failed quiz again",
            new() { ["quiz_title"] = "Бюджет тесті", ["quiz_url"] = "https://example.org/quizzes/1", ["score"] = "45", ["attempts_left"] = "2" },
            ("{{ site }}: try {{ quiz_title }} again", "You scored {{ score }}% in «{{ quiz_title }}», not enough to pass. Attempts left: {{ attempts_left }}. Review the lessons and try again.", "{{ quiz_url }}", "Try again"),
            ("{{ site }}: попробуйте тест «{{ quiz_title }}» ещё раз", "Вы набрали {{ score }}% в тесте «{{ quiz_title }}», этого мало для зачёта. Осталось попыток: {{ attempts_left }}. Повторите уроки и попробуйте снова.", "{{ quiz_url }}", "Попробовать снова"),
            ("{{ site }}: «{{ quiz_title }}» тестін қайта тапсырыңыз", "Сіз «{{ quiz_title }}» тестінен {{ score }}% жинадыңыз, бұл өту үшін жеткіліксіз. Қалған әрекеттер: {{ attempts_left }}. Сабақтарды қайталап, қайта көріңіз.", "{{ quiz_url }}", "Қайта көру")),
        Kind(WeeklyDigest, "Weekly progress of your region (regional coordinators)",
            new() { ["region"] = "Абай облысы", ["learners"] = 120, ["enrollments"] = 300, ["completed"] = 80, ["completed_week"] = 12, ["overdue"] = 7, ["inactive"] = 25, ["report_url"] = "https://example.org/admin/courses" },
            ("{{ site }}: weekly progress of {{ region }}", "{{ region }}: {{ learners }} learners in {{ enrollments }} courses; {{ completed }} completed, {{ completed_week }} of them this week; {{ overdue }} overdue; {{ inactive }} without activity for 14 days.", "{{ report_url }}", "Open the reports"),
            ("{{ site }}: прогресс за неделю — {{ region }}", "{{ region }}: {{ learners }} слушателей на {{ enrollments }} курсах; завершено {{ completed }}, из них за неделю {{ completed_week }}; просрочено {{ overdue }}; без активности 14 дней — {{ inactive }}.", "{{ report_url }}", "Открыть отчёты"),
            ("{{ site }}: апталық үлгерім — {{ region }}", "{{ region }}: {{ enrollments }} курста {{ learners }} тыңдаушы; {{ completed }} аяқталды, оның ішінде осы аптада {{ completed_week }}; мерзімі өткен {{ overdue }}; 14 күн белсенділігі жоқ {{ inactive }}.", "{{ report_url }}", "Есептерді ашу")),
    ];

    private static EmailKind Kind(
        string name,
        string description,
        Dictionary<string, object?> sample,
        (string Subject, string Line, string Url, string Link) en,
        (string Subject, string Line, string Url, string Link) ru,
        (string Subject, string Line, string Url, string Link) kk)
        => new(name, description, IsEssential: false, new Dictionary<string, EmailTemplate>
        {
            ["en"] = Template("Hello {{ recipient_name }},", en),
            ["ru"] = Template("Здравствуйте, {{ recipient_name }}!", ru),
            ["kk"] = Template("Сәлеметсіз бе, {{ recipient_name }}!", kk),
        }, sample);

    private static EmailTemplate Template(string greeting, (string Subject, string Line, string Url, string Link) t) => new(
        t.Subject,
        $"<p>{greeting}</p>\n<p>{t.Line}</p>\n<p><a href=\"{t.Url}\">{t.Link}</a></p>",
        $"{greeting}\n\n{t.Line}\n\n{t.Link}: {t.Url}\n");
}
