using Mektep.Data;
using Mektep.Initiatives.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Initiatives.Services;

public sealed class InitiativesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Initiative>(b =>
        {
            b.ToTable("Initiatives");
            b.HasKey(x => x.Id);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Sector).HasConversion<string>().HasMaxLength(32);
            b.Property(x => x.Funding).HasConversion<int>();
            b.Ignore(x => x.AttachmentPaths);
        });
        modelBuilder.Entity<InitiativeHistory>(b =>
        {
            b.ToTable("InitiativeHistory");
            b.HasKey(x => x.Id);
            b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        });
    }
}
