using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Organisation;

/// <summary>EF mapping of the organisation tree and import batches; the tables come from migrations 0400 and 0401.</summary>
internal static class OrganisationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Region>(b =>
        {
            b.ToTable("Regions");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.Code).IsUnique();
            b.Ignore(r => r.Name);
        });
        builder.Entity<District>(b =>
        {
            b.ToTable("Districts");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.Code).IsUnique();
            b.Ignore(r => r.Name);
        });
        builder.Entity<RuralDistrict>(b =>
        {
            b.ToTable("RuralDistricts");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.Code).IsUnique();
            b.Ignore(r => r.Name);
        });
        builder.Entity<ImportBatch>(b =>
        {
            b.ToTable("ImportBatches");
            b.HasKey(r => r.Id);
        });
    }
}
