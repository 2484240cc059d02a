namespace Mektep.Engine.Data;

/// <summary>A named group of site settings stored as JSON.</summary>
public sealed class SettingRecord
{
    public string Name { get; set; } = "";

    public string Data { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }
}
