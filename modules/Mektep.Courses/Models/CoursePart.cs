using System.Text.Json.Serialization;
using Mektep.Content;

namespace Mektep.Courses.Models;

/// <summary>What makes an item a course: its settings and its outline of sections and lessons.</summary>
public sealed class CoursePart : ContentPart
{
    public const int MaxSummaryLength = 1000;
    public const int MaxHours = 1000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 64;
    public const int MaxCoverAltLength = 300;
    public const int MaxPrerequisites = 10;

    public string Summary { get; set; } = "";

    public CourseLevel Level { get; set; } = CourseLevel.Beginner;

    public int EstimatedHours { get; set; }

    public List<string> Tags { get; set; } = [];

    public bool SelfEnrollment { get; set; }

    public DateTime? StartUtc { get; set; }

    public DateTime? EndUtc { get; set; }

    public DateTime? DueUtc { get; set; }

    public CompletionRule CompletionRule { get; set; } = CompletionRule.AllRequiredLessons;

    public List<CourseSection> Sections { get; set; } = [];

    /// <summary>Media library path of the cover image shown on the catalogue card and the course page.</summary>
    public string? CoverImagePath { get; set; }

    /// <summary>What the cover shows, for people who cannot see it; empty for a decorative image.</summary>
    public string CoverImageAlt { get; set; } = "";

    /// <summary>Course localization sets a learner must complete before enrolling themselves.</summary>
    public List<string> Prerequisites { get; set; } = [];

    [JsonIgnore]
    public IEnumerable<CourseOutlineItem> AllItems => Sections.SelectMany(s => s.Items);

    public override string? SearchText => string.Join(' ', [Summary, .. Tags]);
}
