using Mektep.Certificates.Indexes;
using Mektep.Certificates.Models;
using Mektep.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Certificates.Services;

public sealed class CertificatesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CertificateTemplateIndex>(b =>
        {
            b.ToTable(nameof(CertificateTemplateIndex));
            b.HasKey(x => x.Id);
        });
        modelBuilder.Entity<Certificate>(b =>
        {
            b.ToTable("Certificates");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.VerificationCode).IsUnique();
        });
        modelBuilder.Entity<CertificateCounter>(b =>
        {
            b.ToTable("CertificateCounters");
            b.HasKey(x => x.Year);
            b.Property(x => x.Year).ValueGeneratedNever();
        });
    }
}
