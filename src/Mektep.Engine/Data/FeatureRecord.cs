namespace Mektep.Engine.Data;

/// <summary>An administrator's choice to enable or disable a module. Modules without a row are enabled.</summary>
public sealed class FeatureRecord
{
    public string ModuleId { get; set; } = "";

    public bool Enabled { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
