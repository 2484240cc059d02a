namespace Mektep.Engine.Organisation;

/// <summary>A rural district (auyl okrug) within a district; learners belong to one.</summary>
public sealed class RuralDistrict : OrganisationUnit
{
    public int DistrictId { get; set; }
}
