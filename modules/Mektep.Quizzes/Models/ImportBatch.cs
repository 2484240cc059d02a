namespace Mektep.Quizzes.Models;

/// <summary>A confirmed import: its id travels in the preview's token, so confirming twice (a double click, a resent form) imports once.</summary>
public sealed class ImportBatch
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime ImportedUtc { get; set; }

    public int Questions { get; set; }
}
