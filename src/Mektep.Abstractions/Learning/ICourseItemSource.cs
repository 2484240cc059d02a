namespace Mektep.Learning;

/// <summary>
/// Lets a course outline hold items of another module's content type (a quiz): the outline editor finds them to
/// add, and the course page links to them. Implemented by the module that owns the type; Courses asks every
/// registered source. Register with <c>services.AddScoped&lt;ICourseItemSource, T&gt;()</c>.
/// </summary>
public interface ICourseItemSource
{
    /// <summary>The content type the source serves, e.g. <c>Quiz</c>.</summary>
    string ContentType { get; }

    /// <summary>Items an editor may add to a course in <paramref name="culture"/> (latest versions), optionally matching <paramref name="text"/>.</summary>
    Task<IReadOnlyList<CourseItemLink>> FindAsync(string culture, string? text, CancellationToken cancellationToken = default);

    /// <summary>Each known item set as the translation to link to: the reader's culture if there is one, else any.</summary>
    /// <param name="itemSets">Localization sets from the outline.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <param name="latest">Latest versions (an editor's preview) instead of published ones.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<IReadOnlyDictionary<string, CourseItemLink>> ResolveAsync(IReadOnlyCollection<string> itemSets, string culture, bool latest, CancellationToken cancellationToken = default);
}

/// <summary>An outline item of another module as a link.</summary>
/// <param name="ItemSet">The item's localization set.</param>
/// <param name="ContentItemId">The translation linked to.</param>
/// <param name="Title">Its title.</param>
/// <param name="Href">Where the learner goes.</param>
/// <param name="Published">False for a draft (shown to editors only).</param>
public sealed record CourseItemLink(string ItemSet, string ContentItemId, string Title, string Href, bool Published);
