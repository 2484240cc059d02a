namespace Mektep.Courses.Services;

/// <summary>The outline as the authoring form posts it.</summary>
public sealed class OutlineInput
{
    public int Revision { get; set; }

    public string? Action { get; set; }

    public List<SectionInput>? Sections { get; set; }
}

public sealed class SectionInput
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    /// <summary>A lesson set picked to add to this section.</summary>
    public string? NewLesson { get; set; }

    /// <summary>Another module's item picked to add, as <c>{ContentType}:{ItemSet}</c> (a quiz).</summary>
    public string? NewItem { get; set; }

    public List<OutlineItemInput>? Items { get; set; }
}

public sealed class OutlineItemInput
{
    public string? ItemSet { get; set; }

    public string? ContentType { get; set; }

    public bool Required { get; set; }
}
