using System.Globalization;
using Mektep.Content;
using Mektep.Courses.Models;

namespace Mektep.Courses.Services;

/// <summary>
/// Applies one authoring action (add, rename, move, remove, mark required) to a course outline and saves it
/// as a draft, so publishing the course stays a separate, deliberate step.
/// </summary>
public sealed class CourseOutlineEditor(IContentManager content, CourseCatalog catalog, IEnumerable<Mektep.Learning.ICourseItemSource> itemSources)
{
    public const int MaxSectionTitleLength = 256;
    public const int MaxSections = 100;
    public const int MaxItemsPerSection = 200;

    /// <summary>Applies the posted outline and action; returns error messages (English keys) or saves the draft.</summary>
    public async Task<(ContentItem? Saved, string? Error)> SaveAsync(ContentItem course, OutlineInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(input);

        var sections = Read(course.As<CoursePart>(), input.Sections);
        var error = await ApplyAsync(sections, input, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        if (sections.Any(s => s.Title.Length > MaxSectionTitleLength))
        {
            return (null, "A section title is too long.");
        }

        course.Alter<CoursePart>(p => p.Sections = sections);
        course.Revision = input.Revision;
        return (await content.SaveDraftAsync(course, cancellationToken), null);
    }

    /// <summary>
    /// The posted sections, trusted only for titles, order and the required flag: items keep the kind stored
    /// in the course, and sets the course did not hold are dropped (new ones come through <c>add-lesson</c>).
    /// </summary>
    public static List<CourseSection> Read(CoursePart stored, IReadOnlyList<SectionInput>? posted)
    {
        var known = stored.AllItems.GroupBy(i => i.ItemSet).ToDictionary(g => g.Key, g => g.First().ContentType);
        return [.. (posted ?? []).Take(MaxSections).Select(s => new CourseSection
        {
            Id = string.IsNullOrWhiteSpace(s.Id) ? NewId() : s.Id.Trim(),
            Title = (s.Title ?? "").Trim(),
            Items = [.. (s.Items ?? []).Where(i => i.ItemSet is not null && known.ContainsKey(i.ItemSet)).Select(i => new CourseOutlineItem
            {
                ItemSet = i.ItemSet!,
                ContentType = known[i.ItemSet!],
                Required = i.Required,
            })],
        })];
    }

    private async Task<string?> ApplyAsync(List<CourseSection> sections, OutlineInput input, CancellationToken cancellationToken)
    {
        var parts = (input.Action ?? "").Split(':');
        int Arg(int n) => parts.Length > n && int.TryParse(parts[n], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
        var i = Arg(1);
        var j = Arg(2);
        var section = i >= 0 && i < sections.Count ? sections[i] : null;
        switch (parts[0])
        {
            case "save":
                return null;
            case "add-section":
                if (sections.Count >= MaxSections)
                {
                    return "The course has too many sections.";
                }

                sections.Add(new CourseSection { Id = NewId(), Title = "" });
                return null;
            case "remove-section" when section is not null:
                sections.RemoveAt(i);
                return null;
            case "section-up" when section is not null && i > 0:
                (sections[i - 1], sections[i]) = (sections[i], sections[i - 1]);
                return null;
            case "section-down" when section is not null && i < sections.Count - 1:
                (sections[i + 1], sections[i]) = (sections[i], sections[i + 1]);
                return null;
            case "item-up" when section is not null && j > 0 && j < section.Items.Count:
                (section.Items[j - 1], section.Items[j]) = (section.Items[j], section.Items[j - 1]);
                return null;
            case "item-down" when section is not null && j >= 0 && j < section.Items.Count - 1:
                (section.Items[j + 1], section.Items[j]) = (section.Items[j], section.Items[j + 1]);
                return null;
            case "remove-item" when section is not null && j >= 0 && j < section.Items.Count:
                section.Items.RemoveAt(j);
                return null;
            case "add-lesson" when section is not null:
                return await AddLessonAsync(sections, section, input.Sections?[i].NewLesson?.Trim(), cancellationToken);
            case "add-item" when section is not null:
                return await AddItemAsync(sections, section, input.Sections?[i].NewItem?.Trim(), cancellationToken);
            default:
                return "Unknown outline action.";
        }
    }

    private async Task<string?> AddLessonAsync(List<CourseSection> sections, CourseSection section, string? set, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(set) || !await catalog.LessonSetExistsAsync(set, cancellationToken))
        {
            return "Choose a lesson to add.";
        }

        if (sections.SelectMany(s => s.Items).Any(it => it.ItemSet == set))
        {
            return "This lesson is already in the course.";
        }

        if (section.Items.Count >= MaxItemsPerSection)
        {
            return "The section has too many lessons.";
        }

        section.Items.Add(new CourseOutlineItem { ItemSet = set, ContentType = CourseTypes.Lesson, Required = true });
        return null;
    }

    private async Task<string?> AddItemAsync(List<CourseSection> sections, CourseSection section, string? picked, CancellationToken cancellationToken)
    {
        var cut = picked?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        var source = cut > 0 ? itemSources.FirstOrDefault(s => s.ContentType == picked![..cut]) : null;
        var set = cut > 0 ? picked![(cut + 1)..] : "";
        if (source is null || set.Length == 0 || !(await source.ResolveAsync([set], "", latest: true, cancellationToken)).ContainsKey(set))
        {
            return "Choose an item to add.";
        }

        if (sections.SelectMany(s => s.Items).Any(it => it.ItemSet == set))
        {
            return "This item is already in the course.";
        }

        if (section.Items.Count >= MaxItemsPerSection)
        {
            return "The section has too many lessons.";
        }

        section.Items.Add(new CourseOutlineItem { ItemSet = set, ContentType = source.ContentType, Required = true });
        return null;
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
