namespace Mektep.Learning;

/// <summary>
/// What other modules (certificates) may read about courses, completions and cohorts without knowing the courses
/// module's tables. Implemented by Courses.
/// </summary>
public interface ICourseRoster
{
    /// <summary>Every course (latest versions), one translation per localization set: the culture asked for, else any; by title.</summary>
    Task<IReadOnlyList<CourseSummary>> ListCoursesAsync(string culture, CancellationToken cancellationToken = default);

    /// <summary>The course in <paramref name="culture"/> if translated, else any translation; published versions first; null when unknown.</summary>
    Task<CourseSummary?> GetCourseAsync(string courseSet, string culture, CancellationToken cancellationToken = default);

    /// <summary>Enrollment state of these learners in the course; learners never enrolled are left out.</summary>
    Task<IReadOnlyDictionary<string, LearnerCourseState>> GetStatesAsync(string courseSet, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The learners who completed the course.</summary>
    Task<IReadOnlyList<string>> ListCompletedUserIdsAsync(string courseSet, CancellationToken cancellationToken = default);

    /// <summary>Cohorts by name.</summary>
    Task<IReadOnlyList<CohortInfo>> ListCohortsAsync(CancellationToken cancellationToken = default);

    /// <summary>The members of a cohort; empty when there is no such cohort.</summary>
    Task<IReadOnlyList<string>> ListCohortMemberIdsAsync(long cohortId, CancellationToken cancellationToken = default);
}

/// <summary>A course as other modules print it.</summary>
/// <param name="CourseSet">The course's localization set.</param>
/// <param name="ContentItemId">The translation chosen.</param>
/// <param name="Culture">Its culture.</param>
/// <param name="Title">Its title.</param>
/// <param name="Hours">Estimated hours of study.</param>
public sealed record CourseSummary(string CourseSet, string ContentItemId, string Culture, string Title, int Hours);

/// <summary>A learner's enrollment in a course.</summary>
/// <param name="Completed">True when the course is completed.</param>
/// <param name="CompletedUtc">When it completed.</param>
/// <param name="Grade">A percentage from the course's graded items (quizzes), or null when it has none.</param>
public sealed record LearnerCourseState(bool Completed, DateTime? CompletedUtc, decimal? Grade);

/// <summary>A cohort.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
public sealed record CohortInfo(long Id, string Name);
