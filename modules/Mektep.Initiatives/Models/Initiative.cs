namespace Mektep.Initiatives.Models;

/// <summary>An investment initiative of one learner for their rural district.</summary>
public sealed class Initiative
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The course (localization set) whose practical assignment this is, if any.</summary>
    public string? CourseSet { get; set; }

    /// <summary>The learner's place when the initiative was last saved by them.</summary>
    public int? RegionId { get; set; }

    public int? DistrictId { get; set; }

    public int? RuralDistrictId { get; set; }

    /// <summary>The rural district's name as the learner saw it when saving (the organisation contract names only regions and districts in bulk).</summary>
    public string? RuralDistrictName { get; set; }

    public string Title { get; set; } = "";

    public InitiativeSector Sector { get; set; }

    /// <summary>Markdown, rendered through the Markdown module's sanitizer.</summary>
    public string Description { get; set; } = "";

    public long CostTenge { get; set; }

    public int Jobs { get; set; }

    public long AnnualIncomeTenge { get; set; }

    public FundingSources Funding { get; set; }

    public string Participants { get; set; } = "";

    /// <summary>First month as yyyy*12 + (month - 1).</summary>
    public int StartMonth { get; set; }

    public int EndMonth { get; set; }

    /// <summary>Media library paths, one a line.</summary>
    public string Attachments { get; set; } = "";

    public InitiativeStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public IReadOnlyList<string> AttachmentPaths => Attachments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
