using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Security;

namespace Mektep.Courses.Pages;

/// <summary>Loads a course (and a lesson) as a page may show them: published for learners, latest for an editor's preview.</summary>
public sealed class CourseViewLoader(IContentManager content, ICurrentUser currentUser)
{
    public async Task<bool> CanPreviewAsync(bool preview) => preview && currentUser.IsAuthenticated && await currentUser.HasPermissionAsync(Permissions.ManageCourses);

    public async Task<ContentItem?> CourseAsync(string id, bool preview)
    {
        var item = await content.GetAsync(id, preview ? VersionOptions.Latest : VersionOptions.Published);
        return item?.ContentType == CourseTypes.Course ? item : null;
    }

    public async Task<ContentItem?> LessonAsync(string id, bool preview)
    {
        var item = await content.GetAsync(id, preview ? VersionOptions.Latest : VersionOptions.Published);
        return item?.ContentType == CourseTypes.Lesson ? item : null;
    }
}
