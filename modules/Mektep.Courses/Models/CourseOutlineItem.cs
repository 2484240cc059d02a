namespace Mektep.Courses.Models;

/// <summary>
/// One lesson (or quiz) in a section. It points at the item's localization set, not at one translation:
/// the kk and ru courses share their outline's meaning, and progress belongs to the set, so a learner who
/// read the Kazakh lesson has done the Russian one too. The page shows the translation in the reader's culture.
/// </summary>
public sealed class CourseOutlineItem
{
    /// <summary>The localization set of the lesson or quiz.</summary>
    public string ItemSet { get; set; } = "";

    /// <summary>The content type (Lesson; Quiz once Mektep.Quizzes exists).</summary>
    public string ContentType { get; set; } = CourseTypes.Lesson;

    public bool Required { get; set; } = true;
}
