namespace Mektep.Engine.Organisation;

/// <summary>An uploaded CSV file kept between its preview and its confirmation, so the confirmation re-reads the same bytes.</summary>
public sealed class ImportBatch
{
    public string Id { get; set; } = "";

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set once the good rows were imported; a batch is imported at most once.</summary>
    public DateTime? ImportedUtc { get; set; }
}
