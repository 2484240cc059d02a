namespace Mektep.Learning;

/// <summary>
/// Grades of graded course items (quizzes), so a course grade can be derived: Courses averages the grades of the
/// graded items in a course's outline. Implemented by the module that owns the item's content type.
/// Register with <c>services.AddScoped&lt;ICourseGradeProvider, T&gt;()</c>.
/// </summary>
public interface ICourseGradeProvider
{
    /// <summary>The content type whose items this provider grades, e.g. <c>Quiz</c>.</summary>
    string ContentType { get; }

    /// <summary>Each learner's grade (percent) per item; learners without a grade for an item are left out for it.</summary>
    /// <param name="userIds">The learners.</param>
    /// <param name="itemSets">Localization sets of the items, as stored in the outline.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> GetGradesAsync(IReadOnlyCollection<string> userIds, IReadOnlyCollection<string> itemSets, CancellationToken cancellationToken = default);
}
