using Mektep.Learning;

namespace Mektep.Notifications.Services;

/// <summary>The English names of event kinds (localization keys).</summary>
public static class WebhookKindNames
{
    public static string Of(string kind) => kind switch
    {
        LearningEventKinds.Enrolled => "Enrollment",
        LearningEventKinds.LessonDone => "Lesson done",
        LearningEventKinds.CourseCompleted => "Course completed",
        LearningEventKinds.QuizGraded => "Quiz graded",
        LearningEventKinds.CertificateIssued => "Certificate issued",
        LearningEventKinds.CertificateRevoked => "Certificate revoked",
        _ => kind,
    };
}
