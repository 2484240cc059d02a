using Mektep.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Audit;

/// <summary>Maps the audit table into the site's model.</summary>
public sealed class AuditModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
        => modelBuilder.Entity<AuditEventRecord>(b =>
        {
            b.ToTable("AuditEvents");
            b.HasKey(r => r.Id);
        });
}
