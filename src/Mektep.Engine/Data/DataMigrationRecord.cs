namespace Mektep.Engine.Data;

/// <summary>How many steps of a data migration have run.</summary>
public sealed class DataMigrationRecord
{
    public string Name { get; set; } = "";

    public int Version { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
