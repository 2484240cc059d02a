using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Media;
using Mektep.Recipes;

namespace Mektep.Courses.Recipes;

/// <summary>
/// A course travels with the lessons and quizzes of its outline; courses and lessons take their cover images and
/// attachments along in a <c>media</c> step. Prerequisites stay behind: they are other courses, which the target
/// site may have under the same localization set or not (an unknown prerequisite is simply not required there).
/// </summary>
public sealed class CourseRecipeExportSource(IMediaStore media) : IRecipeExportSource
{
    /// <summary>Media larger than this in total stay out of an export, which would otherwise not fit in a recipe.</summary>
    public const long MaxMediaBytes = 48L * 1024 * 1024;

    public Task<IReadOnlyCollection<string>> DependenciesAsync(ContentItem item, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyCollection<string>>(item.ContentType == CourseTypes.Course
            ? [.. item.As<CoursePart>().AllItems.Select(i => i.ItemSet).Distinct(StringComparer.Ordinal)]
            : []);

    public async Task<RecipeExportPart> ExportAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var paths = items.SelectMany(MediaOf).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var files = new JsonArray();
        long total = 0;
        foreach (var path in paths)
        {
            if (media.GetInfo(path) is not { } info || total + info.Size > MaxMediaBytes || media.OpenRead(path) is not { } stream)
            {
                continue;
            }

            await using (stream)
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken);
                files.Add(new JsonObject { ["Path"] = path, ["Data"] = Convert.ToBase64String(buffer.ToArray()) });
                total += info.Size;
            }
        }

        return files.Count == 0
            ? RecipeExportPart.None
            : new RecipeExportPart([new JsonObject { ["Step"] = "media", ["Files"] = files }], []);
    }

    private static IEnumerable<string> MediaOf(ContentItem item) => item.ContentType switch
    {
        CourseTypes.Course => item.As<CoursePart>().CoverImagePath is { } cover ? [cover] : [],
        CourseTypes.Lesson => item.As<LessonPart>().Attachments.Select(a => a.Path),
        _ => [],
    };
}
