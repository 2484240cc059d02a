namespace Mektep.Engine.Organisation;

/// <summary>A district (audan) or a city of regional significance within a region.</summary>
public sealed class District : OrganisationUnit
{
    public int RegionId { get; set; }
}
