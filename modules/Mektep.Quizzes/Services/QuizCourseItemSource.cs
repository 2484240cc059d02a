using Mektep.Content;
using Mektep.Learning;
using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Services;

/// <summary>Quizzes as course outline items: found by the outline editor, linked from the course page.</summary>
public sealed class QuizCourseItemSource(IContentManager content) : ContentCourseItemSource(content, QuizTypes.Quiz)
{
    protected override string Href(ContentItem item) => $"/quizzes/{item.ContentItemId}";
}
