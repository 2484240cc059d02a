using System.Security.Claims;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Courses.Pages;

/// <summary>
/// The lesson page's done notice and "Mark as done" form. Answering a GET from the page's shell, this slot does what
/// the page does on a GET: it records the view (nothing to write for a reload that <see cref="LessonViewCache"/>
/// recalls; the progress row otherwise, and the lesson done when viewing finishes it), then names the markup for
/// what it recorded.
/// </summary>
internal sealed class LessonProgressSlot(LessonViewCache views, TimeProvider clock) : IViewerSlot
{
    public const string SlotName = "lesson-progress";

    private const string CourseValue = "lesson-progress:course";
    private const string LessonValue = "lesson-progress:lesson";
    private const string CourseSetValue = "lesson-progress:course-set";
    private const string LessonSetValue = "lesson-progress:lesson-set";
    private const string ModeValue = "lesson-progress:mode";

    public string Name => SlotName;

    /// <summary>The key: the form posts to the page's own address, so that is part of it.</summary>
    public static string KeyOf(PathString page, bool enrolled, bool done, LessonCompletionMode mode) => $"{page}\n{enrolled}/{done}/{mode}";

    /// <summary>What <see cref="KeyAsync"/> needs of the page being kept.</summary>
    public static void Describe(IPageShellCapture? capture, ContentItem course, ContentItem lesson, LessonCompletionMode mode)
    {
        capture?.SetPageValue(CourseValue, course.ContentItemId);
        capture?.SetPageValue(LessonValue, lesson.ContentItemId);
        capture?.SetPageValue(CourseSetValue, course.LocalizationSet);
        capture?.SetPageValue(LessonSetValue, lesson.LocalizationSet);
        capture?.SetPageValue(ModeValue, mode.ToString());
    }

    public async ValueTask<string?> KeyAsync(HttpContext context, IReadOnlyDictionary<string, string> page)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || !page.TryGetValue(ModeValue, out var modeName) || !Enum.TryParse<LessonCompletionMode>(modeName, out var mode))
        {
            return null;
        }

        var doneOnView = mode == LessonCompletionMode.DoneOnView;
        if (views.TryRecallView(userId, page[CourseSetValue], page[LessonSetValue], clock.GetUtcNow().UtcDateTime, doneOnView, out var recalled))
        {
            return KeyOf(context.Request.Path, enrolled: true, recalled, mode);
        }

        var content = context.RequestServices.GetRequiredService<IContentManager>();
        var course = await content.GetAsync(page[CourseValue], VersionOptions.Published);
        var lesson = await content.GetAsync(page[LessonValue], VersionOptions.Published);
        if (course is null || lesson is null)
        {
            return null;
        }

        var view = await context.RequestServices.GetRequiredService<LearningService>().RecordViewAsync(userId, course, lesson, doneOnView);
        return view.Result switch
        {
            LessonResult.Recorded => KeyOf(context.Request.Path, enrolled: true, view.Done, mode),
            LessonResult.NotEnrolled => KeyOf(context.Request.Path, enrolled: false, done: false, mode),
            _ => null,
        };
    }
}
