using System.Security.Claims;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Display;
using Microsoft.AspNetCore.Http;

namespace Mektep.Courses.Pages;

/// <summary>
/// The lesson page's done notice and "Mark as done" form. A view that writes nothing (a reload within the view
/// interval, which <see cref="LessonViewCache"/> recalls) is all the page needs to know; any other view renders the
/// page, which records it.
/// </summary>
internal sealed class LessonProgressSlot(LessonViewCache views, TimeProvider clock) : IViewerSlot
{
    public const string SlotName = "lesson-progress";

    private const string CourseSetValue = "lesson-progress:course";
    private const string LessonSetValue = "lesson-progress:lesson";
    private const string ModeValue = "lesson-progress:mode";

    public string Name => SlotName;

    /// <summary>The key: the form posts to the page's own address, so that is part of it.</summary>
    public static string KeyOf(PathString page, bool enrolled, bool done, LessonCompletionMode mode) => $"{page}\n{enrolled}/{done}/{mode}";

    /// <summary>What <see cref="KeyAsync"/> needs of the page being kept.</summary>
    public static void Describe(IPageShellCapture? capture, ContentItem course, ContentItem lesson, LessonCompletionMode mode)
    {
        capture?.SetPageValue(CourseSetValue, course.LocalizationSet);
        capture?.SetPageValue(LessonSetValue, lesson.LocalizationSet);
        capture?.SetPageValue(ModeValue, mode.ToString());
    }

    public ValueTask<string?> KeyAsync(HttpContext context, IReadOnlyDictionary<string, string> page)
        => ValueTask.FromResult(context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && page.TryGetValue(CourseSetValue, out var courseSet) && page.TryGetValue(LessonSetValue, out var lessonSet)
            && page.TryGetValue(ModeValue, out var modeName) && Enum.TryParse<LessonCompletionMode>(modeName, out var mode)
            && views.TryRecallView(userId, courseSet, lessonSet, clock.GetUtcNow().UtcDateTime, mode == LessonCompletionMode.DoneOnView, out var done)
                ? KeyOf(context.Request.Path, enrolled: true, done, mode)
                : null);
}
