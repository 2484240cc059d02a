namespace Mektep.Engine.Data;

/// <summary>A content type definition stored as JSON.</summary>
public sealed class ContentDefinitionRecord
{
    public string Name { get; set; } = "";

    public string Data { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }
}
