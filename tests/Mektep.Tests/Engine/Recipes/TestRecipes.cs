using System.Text;

namespace Mektep.Tests.Engine.Recipes;

/// <summary>Small recipes for the recipe tests.</summary>
internal static class TestRecipes
{
    /// <summary>One district, two people, a quiz with two questions, a lesson and a course, in kk and ru.</summary>
    public static byte[] School => Encoding.UTF8.GetBytes("""
        {
          "Name": "test-school",
          "Title": "Test school",
          "Steps": [
            { "Step": "organisation", "Districts": [
              { "Region": "abai", "Code": "rt-district", "NameKk": "Сынақ ауданы", "NameRu": "Тестовый район",
                "RuralDistricts": [ { "Code": "rt-rural", "NameKk": "Сынақ ауылдық округі", "NameRu": "Тестовый сельский округ" } ] } ] },
            { "Step": "users", "Users": [
              { "Email": "aigerim@akims.example", "Name": "Әйгерім Сапарова", "Roles": ["Learner"], "Culture": "kk", "RuralDistrict": "rt-rural" },
              { "Email": "coordinator@akims.example", "Name": "Марат Ахметов", "Roles": ["RegionalCoordinator"], "Region": "abai" } ] },
            { "Step": "quizzes", "Quizzes": [
              { "LocalizationSet": "q-test", "Category": "Бюджет",
                "Settings": { "PassMarkPercent": 50, "AttemptsAllowed": 2 },
                "Translations": [
                  { "Id": "q-test-kk", "Culture": "kk", "Title": "Бюджет тесті", "Intro": "Сәттілік!" },
                  { "Id": "q-test-ru", "Culture": "ru", "Title": "Тест по бюджету", "Intro": "Удачи!" } ],
                "Questions": [
                  { "Name": "income", "Data": { "Type": "SingleChoice",
                    "Stem": { "kk": "Ауылдық округтің табысы?", "ru": "Доход сельского округа?" },
                    "Options": [ { "Id": "a", "Text": { "kk": "Салық", "ru": "Налог" }, "Correct": true },
                                 { "Id": "b", "Text": { "kk": "Жел", "ru": "Ветер" } } ] } },
                  { "Name": "order", "Data": { "Type": "Ordering",
                    "Stem": { "kk": "Ретімен қойыңыз", "ru": "Расставьте по порядку" },
                    "Options": [ { "Id": "a", "Text": { "kk": "Жоспар", "ru": "План" } },
                                 { "Id": "b", "Text": { "kk": "Бюджет", "ru": "Бюджет" } },
                                 { "Id": "c", "Text": { "kk": "Есеп", "ru": "Отчёт" } } ] } } ] } ] },
            { "Step": "content", "Items": [
              { "Id": "l-test-kk", "Type": "Lesson", "Culture": "kk", "LocalizationSet": "l-test",
                "Content": { "TitlePart": { "Title": "Бюджет негіздері" }, "LessonPart": { "EstimatedMinutes": 10 },
                             "MarkdownBodyPart": { "Markdown": "Ауылдық округ **бюджеті**." } } },
              { "Id": "l-test-ru", "Type": "Lesson", "Culture": "ru", "LocalizationSet": "l-test",
                "Content": { "TitlePart": { "Title": "Основы бюджета" }, "LessonPart": { "EstimatedMinutes": 10 },
                             "MarkdownBodyPart": { "Markdown": "**Бюджет** сельского округа." } } },
              { "Id": "c-test-kk", "Type": "Course", "Culture": "kk", "LocalizationSet": "c-test",
                "Content": { "TitlePart": { "Title": "Ауыл бюджеті" },
                  "CoursePart": { "Summary": "Бюджетті қалыптастыру", "EstimatedHours": 2, "SelfEnrollment": true,
                    "CompletionRule": "AllRequiredLessonsAndQuizzes",
                    "Sections": [ { "Id": "s1", "Title": "Негіздер", "Items": [
                      { "ItemSet": "l-test", "ContentType": "Lesson" }, { "ItemSet": "q-test", "ContentType": "Quiz" } ] } ] } } },
              { "Id": "c-test-ru", "Type": "Course", "Culture": "ru", "LocalizationSet": "c-test", "Published": false,
                "Content": { "TitlePart": { "Title": "Бюджет села" },
                  "CoursePart": { "Summary": "Формирование бюджета", "EstimatedHours": 2,
                    "Sections": [ { "Id": "s1", "Title": "Основы", "Items": [
                      { "ItemSet": "l-test", "ContentType": "Lesson" }, { "ItemSet": "q-test", "ContentType": "Quiz" } ] } ] } } } ] }
          ]
        }
        """);

    /// <summary>A recipe with a problem in every step, and one step nobody knows.</summary>
    public static byte[] Broken => Encoding.UTF8.GetBytes("""
        {
          "Name": "broken",
          "Steps": [
            { "Step": "organisation", "Districts": [
              { "Region": "atlantis", "Code": "rt-bad", "NameKk": "Ауданы", "NameRu": "Район" },
              { "Region": "abai", "Code": "Not A Code", "NameKk": "", "NameRu": "Район" } ] },
            { "Step": "users", "Users": [
              { "Email": "same@akims.example", "Name": "Бірінші", "Roles": ["Learner"] },
              { "Email": "same@akims.example", "Name": "Екінші", "Roles": ["Wizard"] },
              { "Email": "not-an-email", "Name": "Үшінші", "Roles": ["RegionalCoordinator"] } ] },
            { "Step": "quizzes", "Quizzes": [
              { "LocalizationSet": "q-broken", "Translations": [ { "Id": "q-broken-kk", "Culture": "kk", "Title": "Тест" } ],
                "Questions": [ { "Data": { "Type": "SingleChoice", "Stem": { "kk": "Сұрақ?" },
                  "Options": [ { "Text": { "kk": "Иә" } }, { "Text": { "kk": "Жоқ" } } ] } } ] } ] },
            { "Step": "content", "Items": [
              { "Id": "UPPER", "Type": "Lesson", "Culture": "kk", "LocalizationSet": "l-broken", "Content": {} },
              { "Id": "x-unicorn", "Type": "Unicorn", "Culture": "kk", "LocalizationSet": "x-unicorn", "Content": {} },
              { "Id": "l-broken-kk", "Type": "Lesson", "Culture": "fr", "LocalizationSet": "l-broken",
                "Content": { "WingPart": {}, "LessonPart": { "EstimatedMinutes": "many" } } } ] },
            { "Step": "teleport" }
          ]
        }
        """);
}
