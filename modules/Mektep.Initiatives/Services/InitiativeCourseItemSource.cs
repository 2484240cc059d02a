using Mektep.Content;
using Mektep.Initiatives.Models;
using Mektep.Learning;

namespace Mektep.Initiatives.Services;

/// <summary>Initiative assignments as course outline items: found by the outline editor, linked from the course page to the learner's initiatives.</summary>
public sealed class InitiativeCourseItemSource(IContentManager content) : ContentCourseItemSource(content, InitiativeTypes.InitiativeAssignment)
{
    protected override string Href(ContentItem item) => "/initiatives";
}
