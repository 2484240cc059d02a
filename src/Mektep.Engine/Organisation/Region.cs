namespace Mektep.Engine.Organisation;

/// <summary>An oblast or a city of republican significance.</summary>
public sealed class Region : OrganisationUnit
{
}
